package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.DrawKind;
import org.offpiste.ideation.SampleBriefs;
import org.offpiste.ideation.Tactic;
import org.offpiste.ideation.TechniqueLibrary;

/** The diversity tactics and "Push further" in a Diverge round's instruction. */
class PromptTacticsTest {
    private static final TechniqueLibrary LIBRARY = TechniqueLibrary.builtIn();
    private final PromptBuilder builder = new PromptBuilder(LIBRARY);
    private final Draw personas = new Draw(DrawKind.PERSONAS, List.of("a night-bus driver", "a baker", "a nurse"));

    private String turn(String technique, Set<Tactic> tactics, boolean push, DivergeExtras extras, Locale brief) {
        var b = brief == Locale.FRENCH ? SampleBriefs.stationEte() : SampleBriefs.museumLate();
        Prompt p = builder.build(b, Locale.ENGLISH, List.of(),
                new Turn("", Mode.DIVERGE, technique, List.of(), tactics, push), List.of(), Draw.none(), extras);
        return p.turns().get(p.turns().size() - 1).text();
    }

    @Test
    void eachTacticAddsItsParagraphAndTurningItOffRemovesIt() {
        String all = turn(null, EnumSet.allOf(Tactic.class), false, new DivergeExtras(personas, List.of(), List.of()),
                Locale.ENGLISH);
        String none = turn(null, Set.of(), false, new DivergeExtras(personas, List.of(), List.of()), Locale.ENGLISH);

        assertThat(all).contains("Generate eight ideas")
                .contains("revise the list so that each idea is explicitly different from the others")
                .contains("imagine ten candidate ideas").contains("probability in parentheses")
                .contains("three ordinary people: a night-bus driver; a baker; a nurse");
        assertThat(none).contains("Generate eight ideas").doesNotContain("revise the list")
                .doesNotContain("long shot").doesNotContain("probability").doesNotContain("a night-bus driver");
        assertThat(turn(null, Set.of(Tactic.LONG_SHOTS), false, DivergeExtras.none(), Locale.ENGLISH))
                .contains("Reach for long shots").doesNotContain("Draft the ideas for yourself");
    }

    @Test
    void theTacticsFollowATechniquesInstructionsInTheBriefsLanguage() {
        String en = turn("scamper", Set.of(Tactic.REVISE), false, DivergeExtras.none(), Locale.ENGLISH);
        assertThat(en).startsWith("Technique: SCAMPER").contains("Draft the ideas for yourself first");
        assertThat(en.indexOf("Draft the ideas")).isGreaterThan(en.indexOf("[Eliminate]"));

        String fr = turn("scamper", Tactic.defaults(), false, DivergeExtras.none(), Locale.FRENCH);
        assertThat(fr).contains("Fais d’abord un premier jet").contains("Vise des paris");
    }

    @Test
    void pushFurtherNamesTheCrowdedThemesAndListsTheBoard() {
        String crowded = turn(null, Tactic.defaults(), true,
                new DivergeExtras(Draw.none(), List.of("quiz nights", "sleepovers"), List.of("Fossil pub quiz")),
                Locale.ENGLISH);
        assertThat(crowded).contains("already crowded around these themes")
                .contains("\n- quiz nights\n- sleepovers")
                .contains("## Ideas already on the board (leave them behind)\n\n- Fossil pub quiz");

        String generic = turn(null, Tactic.defaults(), true, DivergeExtras.none(), Locale.ENGLISH);
        assertThat(generic).contains("leave the ideas already on the board behind")
                .doesNotContain("crowded around");
        assertThat(turn(null, Tactic.defaults(), false,
                new DivergeExtras(Draw.none(), List.of("quiz nights"), List.of("Fossil pub quiz")), Locale.ENGLISH))
                .doesNotContain("Push further").doesNotContain("quiz nights");
    }

    @Test
    void theBoardListIsCappedAtFortyTitles() {
        List<String> titles = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "Idea " + i).toList();
        String push = turn(null, Set.of(), true, new DivergeExtras(Draw.none(), List.of(), titles), Locale.ENGLISH);
        assertThat(push).endsWith("- Idea 39").doesNotContain("- Idea 40");
    }
}
