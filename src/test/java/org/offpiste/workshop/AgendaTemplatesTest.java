package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;

class AgendaTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void noFileYetIsNoTemplatesAndNoProblem() {
        AgendaTemplates.Loaded loaded = new AgendaTemplates(dir).load();
        assertThat(loaded.agendas()).isEmpty();
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void everyKindOfBlockRoundTripsThroughTheFile() throws Exception {
        Agenda custom = Agenda.empty("Board away-day")
                .add(new Block.SilentIdeation(Duration.ofSeconds(450)))
                .add(new Block.ModelRound(Duration.ofMinutes(12), "six-hats"))
                .add(new Block.Brainwriting(4, Duration.ofMinutes(3), false))
                .add(new Block.Clustering(Duration.ofMinutes(7)))
                .add(new Block.DotVote(Duration.ofMinutes(6), 8, 3, false))
                .add(new Block.Duels(Duration.ofMinutes(9), 7))
                .add(new Block.Debrief(Duration.ofMinutes(4)));
        List<Agenda> saved = List.of(custom, BuiltInAgendas.all(new Messages(Locale.FRENCH)).get(1));
        new AgendaTemplates(dir).save(saved);

        AgendaTemplates.Loaded loaded = new AgendaTemplates(dir).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.agendas()).isEqualTo(saved);
        String json = Files.readString(dir.resolve(AgendaTemplates.FILE_NAME));
        assertThat(json).contains("\"format\" : 1").contains("\"technique\" : \"six-hats\"");
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(AgendaTemplates.FILE_NAME);
        }
    }

    @Test
    void aBrokenFileIsReportedAndMovedAsideRatherThanOverwritten() throws Exception {
        Path file = dir.resolve(AgendaTemplates.FILE_NAME);
        Files.writeString(file, "{\"format\": 1, \"agendas\": [{\"name\": \"x\", ");
        AgendaTemplates templates = new AgendaTemplates(dir);
        AgendaTemplates.Loaded loaded = templates.load();
        assertThat(loaded.agendas()).isEmpty();
        assertThat(loaded.problem()).hasValueSatisfying(p -> {
            assertThat(p.reason()).contains("not valid JSON");
            assertThat(p.keptAsideAs().getFileName().toString()).isEqualTo("agendas.unreadable-1.json");
        });
        assertThat(Files.readString(file)).startsWith("{\"format\": 1, \"agendas\": [{\"name\"");

        templates.save(List.of(Agenda.empty("New")));
        assertThat(Files.readString(dir.resolve("agendas.unreadable-1.json"))).startsWith("{\"format\": 1, \"agendas\"");
        assertThat(new AgendaTemplates(dir).load().agendas()).extracting(Agenda::name).containsExactly("New");
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndKeptEvenWhenSavingWithoutLoading() throws Exception {
        Path file = dir.resolve(AgendaTemplates.FILE_NAME);
        String newer = "{\"format\": 2, \"agendas\": [{\"name\": \"Future\", \"blocks\": [{\"kind\": \"HOLOGRAM\"}]}]}";
        Files.writeString(file, newer);
        AgendaTemplates.Loaded loaded = new AgendaTemplates(dir).load();
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p.reason()).contains("newer version").contains("format 2"));
        assertThat(Files.readString(file)).isEqualTo(newer);

        new AgendaTemplates(dir).save(List.of(Agenda.empty("Mine")));
        assertThat(Files.readString(dir.resolve("agendas.unreadable-1.json"))).isEqualTo(newer);
        assertThat(new AgendaTemplates(dir).load().agendas()).extracting(Agenda::name).containsExactly("Mine");
    }

    @Test
    void aBadBlockNamesItsPlaceInTheFile() throws Exception {
        Files.writeString(dir.resolve(AgendaTemplates.FILE_NAME), "{\"format\": 1, \"agendas\": [{\"name\": \"A\", "
                + "\"blocks\": [{\"kind\": \"DEBRIEF\", \"seconds\": 60}, {\"kind\": \"DUELS\", \"seconds\": 60, \"topN\": 1}]}]}");
        assertThat(new AgendaTemplates(dir).load().problem())
                .hasValueSatisfying(p -> assertThat(p.reason()).startsWith("agendas[0].blocks[1]: ").contains("2 to 100"));
    }
}
