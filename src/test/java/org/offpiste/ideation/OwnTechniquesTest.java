package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's own techniques in their settings folder, through the library, with real files. */
class OwnTechniquesTest {
    @TempDir
    Path config;

    static Technique sample(String nameEn, String instructions) {
        return new Technique(null, "COMPASS", 15, DrawKind.WORD, new LocalizedText(nameEn, ""),
                new LocalizedText("A short walk around the brief.", ""), new LocalizedText("", ""),
                List.of(new LocalizedText("Take the word {stimulus} for a walk.", ""),
                        new LocalizedText("Write what {audience} would notice.", "")),
                new LocalizedText(instructions + " Word: {stimulus}. Avoid {cliches}.", ""));
    }

    private TechniqueLibrary library() {
        return TechniqueLibrary.withOwn(new OwnTechniques(config));
    }

    @Test
    void ownTechniquesSurviveARestart() {
        Technique added = library().add(sample("Brief walk", "Walk around the brief."));

        TechniqueLibrary restarted = library();

        assertThat(added.id()).isEqualTo("own-brief-walk");
        assertThat(restarted.own()).containsExactly(added);
        assertThat(restarted.find("own-brief-walk")).contains(added);
        assertThat(restarted.techniques()).startsWith(TechniqueLibrary.builtIn().techniques().toArray(Technique[]::new))
                .endsWith(added);
        assertThat(config.resolve("techniques.json")).exists();
        try (var files = Files.list(config)) {
            assertThat(files).as("no temporary file is left behind").hasSize(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void editsAndRemovalsAreSavedAndHeardByListeners() {
        TechniqueLibrary library = library();
        Technique added = library.add(sample("Brief walk", "Walk around the brief."));
        int[] heard = {0};
        library.addListener(() -> heard[0]++);
        Technique edited = new Technique(added.id(), "MAP", 30, added.draw(), new LocalizedText("Longer walk", ""),
                added.summary(), added.whenToUse(), added.steps(), added.modelInstructions());

        library.replace(edited);
        assertThat(library().find(added.id())).contains(edited);
        library.remove(added.id());

        assertThat(library().own()).isEmpty();
        assertThat(library.find(added.id())).isEmpty();
        assertThat(heard[0]).isEqualTo(2);
    }

    @Test
    void aTechniqueGetsAFreshIdWhenItsIdIsTakenAndTheOtherStaysAsItWas() {
        TechniqueLibrary library = library();
        Technique first = library.add(sample("Brief walk", "First."));
        Technique second = library.add(first);
        Technique builtInId = library.add(new Technique("scamper", "STAR", 5, DrawKind.NONE,
                new LocalizedText("SCAMPER", ""), new LocalizedText("", ""), new LocalizedText("", ""), List.of(),
                new LocalizedText("Mine. {cliches}", "")));

        assertThat(second.id()).isEqualTo("own-brief-walk-2");
        assertThat(builtInId.id()).isEqualTo("own-scamper");
        assertThat(library.find(first.id())).contains(first);
        assertThat(library.find("scamper")).contains(TechniqueLibrary.builtIn().find("scamper").orElseThrow());
    }

    @Test
    void builtInTechniquesCannotBeDeletedOrOverwritten() {
        TechniqueLibrary library = library();
        Technique scamper = library.find("scamper").orElseThrow();
        Technique changed = new Technique("scamper", "STAR", 1, DrawKind.NONE, new LocalizedText("Mine", "Mien"),
                scamper.summary(), scamper.whenToUse(), scamper.steps(), scamper.modelInstructions());

        assertThatThrownBy(() -> library.remove("scamper")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> library.replace(changed)).isInstanceOf(IllegalArgumentException.class);

        assertThat(library.find("scamper")).contains(scamper);
        assertThat(library.isOwn("scamper")).isFalse();
        assertThat(config.resolve("techniques.json")).doesNotExist();
    }

    @Test
    void aTextWrittenInOneLanguageShowsInTheOther() throws IOException {
        Files.writeString(config.resolve("techniques.json"), """
                {"techniques": [{"id": "own-marche", "icon": "MAP", "minutes": 10, "draw": "NONE",
                  "name": {"fr": "Marche du brief"}, "steps": [{"fr": "Marchez avec {audience}."}],
                  "modelInstructions": {"fr": "Propose des idées. Évite {cliches}."}}]}
                """);

        Technique t = library().find("own-marche").orElseThrow();

        assertThat(t.name().in(Locale.ENGLISH)).isEqualTo("Marche du brief");
        assertThat(t.steps().get(0).in(Locale.ENGLISH)).isEqualTo("Marchez avec {audience}.");
        assertThat(t.summary().in(Locale.FRENCH)).isEmpty();
    }

    @Test
    void aCorruptFileIsReportedAndLeftUntouchedThenKeptAsideOnSave() throws IOException {
        Path file = config.resolve("techniques.json");
        String broken = "{\"techniques\": [ {\"id\": \"own-x\", ";
        Files.writeString(file, broken);

        TechniqueLibrary library = library();

        assertThat(library.problem()).hasValueSatisfying(p -> {
            assertThat(p.reason()).contains("not valid JSON");
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.keptAsideAs().getFileName()).hasToString("techniques.unreadable-1.json");
        });
        assertThat(library.own()).isEmpty();
        assertThat(library.techniques()).hasSize(TechniqueLibrary.builtIn().techniques().size());
        assertThat(Files.readString(file)).isEqualTo(broken);

        library.add(sample("Brief walk", "Walk."));

        assertThat(Files.readString(config.resolve("techniques.unreadable-1.json"))).isEqualTo(broken);
        assertThat(library().own()).extracting(Technique::id).containsExactly("own-brief-walk");
    }

    @Test
    void aFileFromANewerVersionIsReportedAndLeftUntouched() throws IOException {
        Path file = config.resolve("techniques.json");
        String newer = "{\"format\": 2, \"techniques\": [], \"folders\": []}";
        Files.writeString(file, newer);

        TechniqueLibrary library = library();

        assertThat(library.problem()).hasValueSatisfying(p -> assertThat(p.reason())
                .contains("newer version of Offpiste"));
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void anInvalidTechniqueNamesWhatIsWrong() throws IOException {
        Files.writeString(config.resolve("techniques.json"), """
                {"techniques": [{"id": "own-x", "icon": "MAP", "minutes": 10, "draw": "NONE",
                  "name": {"en": "X"}, "steps": [], "modelInstructions": {"en": "Use {budget}."}}]}
                """);

        assertThat(library().problem()).hasValueSatisfying(p -> assertThat(p.reason())
                .contains("technique 'own-x'", "unknown placeholder {budget}"));
    }
}
