package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.Prompt;
import org.offpiste.sparring.PromptBuilder;
import org.offpiste.sparring.Turn;

/** The prompt builder made once with the library sees own techniques and their edits without a restart. */
class OwnTechniquePromptTest {
    @TempDir
    Path config;

    private static String lastTurn(Prompt p) {
        return p.turns().get(p.turns().size() - 1).text();
    }

    @Test
    void anEditIsSeenByThePromptBuilderWithoutRestart() {
        TechniqueLibrary library = TechniqueLibrary.withOwn(new OwnTechniques(config));
        PromptBuilder builder = new PromptBuilder(library);
        Technique mine = library.add(new Technique(null, "MAP", 10, DrawKind.NONE, new LocalizedText("Kitchen table", ""),
                new LocalizedText("", ""), new LocalizedText("", ""), List.of(),
                new LocalizedText("Give ideas from {client}'s kitchen table. Avoid {cliches}.", "")));
        Turn turn = new Turn("", Mode.DIVERGE, mine.id(), List.of());

        String before = lastTurn(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(), turn, List.of(),
                Draw.none()));
        library.replace(new Technique(mine.id(), mine.icon(), mine.minutes(), mine.draw(), mine.name(), mine.summary(),
                mine.whenToUse(), mine.steps(), new LocalizedText("Give ideas from a night bus. Avoid {cliches}.", "")));
        String after = lastTurn(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(), turn, List.of(),
                Draw.none()));

        assertThat(before).contains("Technique: Kitchen table", "kitchen table", "City Museum of Natural History");
        assertThat(after).contains("from a night bus").doesNotContain("kitchen table");
    }

    @Test
    void aFrenchBriefGetsTheEnglishTextOfATechniqueWrittenInEnglishOnly() {
        TechniqueLibrary library = TechniqueLibrary.withOwn(new OwnTechniques(config));
        Technique mine = library.add(new Technique(null, "MAP", 10, DrawKind.NONE, new LocalizedText("Night bus", ""),
                new LocalizedText("", ""), new LocalizedText("", ""), List.of(),
                new LocalizedText("Give ideas from a night bus. Avoid {cliches}.", "")));

        String turn = lastTurn(new PromptBuilder(library).build(SampleBriefs.stationEte(), Locale.FRENCH, List.of(),
                new Turn("", Mode.DIVERGE, mine.id(), List.of()), List.of(), Draw.none()));

        assertThat(turn).contains("Give ideas from a night bus. Avoid Photos de coucher de soleil");
    }
}
