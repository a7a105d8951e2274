package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.board.Idea;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.ideation.SampleBriefs;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.DrawKind;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ChatTurn;

/** The exact text each mode sends: brief, clichés, technique, selected ideas, the person's words, the language. */
class PromptBuilderTest {
    private static final TechniqueLibrary LIBRARY = TechniqueLibrary.builtIn();
    private final PromptBuilder builder = new PromptBuilder(LIBRARY);
    private final Idea fossils = SparringSamples.idea(7, "Fossil pub quiz", "A quiz night among the skeletons.",
            "events", "night");

    private String last(Prompt p) {
        return p.turns().get(p.turns().size() - 1).text();
    }

    @Test
    void theSystemTextHoldsEveryFilledFieldOfTheBriefUnderItsHeadingAndTheClichesAsSuch() {
        Brief brief = SampleBriefs.museumLate().with(BriefField.SUCCESS_CRITERIA, ""); // an empty field is left out

        Prompt p = builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.DIVERGE, null, List.of()),
                List.of(), Draw.none());

        for (BriefField f : BriefField.values()) {
            if (!brief.get(f).isBlank()) {
                assertThat(p.system()).contains(brief.get(f).strip());
            }
        }
        assertThat(p.system()).contains("### Insight about the audience\n\nThey love weird facts")
                .contains("### Clichés to avoid (refuse them and their variants)\n\n\"Night at the Museum\"")
                .contains("The brief lists clichés to avoid. Do not use them")
                .contains("creative sparring partner")
                .contains("Write your whole answer in English.")
                .doesNotContain("### Success criteria").doesNotContain("### Language");
    }

    @Test
    void divergeWithATechniqueSendsItsModelInstructionsPhrasedFromTheBriefAndTheDraw() {
        Brief brief = SampleBriefs.museumLate();
        Draw word = new Draw(DrawKind.WORD, List.of("umbrella"));

        Prompt p = builder.build(brief, Locale.ENGLISH, List.of(),
                new Turn("Keep it cheap", Mode.DIVERGE, "random-stimulus", List.of()), List.of(), word);

        String turn = last(p);
        assertThat(turn).startsWith("Technique: Random stimulus")
                .contains("Use the random-stimulus technique (de Bono's random entry) with this word: umbrella.")
                .contains("far from the brief's topic")
                .contains("## My message\n\nKeep it cheap")
                .doesNotContain("{stimulus}").doesNotContain("[drawn at random]");
        assertThat(p.system()).contains("You generate ideas for the brief with a creative technique");
    }

    @Test
    void aTechniqueTemplateFillsPlaceholdersFromTheBrief() {
        Brief brief = SampleBriefs.museumLate();

        String turn = last(builder.build(brief, Locale.ENGLISH, List.of(),
                new Turn("", Mode.DIVERGE, "reverse", List.of()), List.of(), Draw.none()));

        assertThat(turn).contains("\"Night at the Museum\" references, dinosaur puns").doesNotContain("{cliches}");
    }

    @Test
    void divergeWithoutATechniqueAsksForIdeasThatDifferFromEachOther() {
        String turn = last(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(),
                new Turn("", Mode.DIVERGE, null, List.of()), List.of(fossils), Draw.none()));

        assertThat(turn).contains("explicitly different from the others").contains("long shot")
                .contains("## Ideas already on the board (do not repeat them)").contains("1. Fossil pub quiz");
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"CHALLENGE", "BUILD_ON", "REFINE", "VISUALIZE"})
    void modesOnSelectedIdeasSendEachIdeaWithTitleBodyAndTags(Mode mode) {
        Idea second = SparringSamples.idea(9, "Bone-sorting race", "Teams sort replica bones.\nAgainst the clock.");

        String turn = last(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(),
                new Turn("Make it stranger", mode, null, List.of(7L, 9L)), List.of(fossils, second), Draw.none()));

        assertThat(turn).contains("## The selected ideas\n\n1. Fossil pub quiz\n   A quiz night among the skeletons.\n"
                        + "   Tags: events, night\n2. Bone-sorting race\n   Teams sort replica bones.\n   Against the clock.")
                .contains("   Against the clock.\n\n## My message\n\nMake it stranger")
                .endsWith("## My message\n\nMake it stranger");
    }

    @Test
    void eachModeHasItsOwnInstruction() {
        Brief brief = SampleBriefs.museumLate();
        List<Idea> ideas = List.of(fossils);

        assertThat(last(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.CHALLENGE, null, List.of()),
                ideas, Draw.none()))).contains("Attack the ideas below").contains("why it could fail with this audience")
                .contains("cliché");
        assertThat(last(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.QUESTION_ME, null, List.of()),
                List.of(), Draw.none()))).contains("3 to 5 questions").doesNotContain("## The selected ideas");
        assertThat(last(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.BUILD_ON, null, List.of()),
                ideas, Draw.none()))).contains("\"yes, and\"");
        assertThat(last(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.REFINE, null, List.of()),
                ideas, Draw.none()))).contains("Rewrite the idea below").contains("No instruction was given");
        assertThat(last(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.VISUALIZE, null, List.of()),
                ideas, Draw.none()))).contains("Midjourney").contains("DALL·E").contains("Stable Diffusion");
    }

    @Test
    void aModeOnSelectedIdeasWithNoneSaysSo() {
        String turn = last(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(),
                new Turn("the quiz idea", Mode.CHALLENGE, null, List.of()), List.of(), Draw.none()));

        assertThat(turn).contains("No idea is selected on the board");
    }

    @Test
    void aFrenchBriefIsPromptedInFrenchWhateverTheInterface() {
        Brief brief = SampleBriefs.stationEte();
        Draw personas = new Draw(DrawKind.PERSONAS, List.of("une chauffeuse de bus", "un boulanger", "une infirmière"));

        Prompt p = builder.build(brief, Locale.ENGLISH, List.of(),
                new Turn("Plus drôle", Mode.DIVERGE, "personas", List.of()), List.of(), personas);

        assertThat(p.system()).contains("Tu es un partenaire de sparring créatif")
                .contains("### Clichés à éviter (refuse-les, ainsi que leurs variantes)\n\nPhotos de coucher de soleil")
                .contains("Le brief liste des clichés à éviter")
                .contains("### Public\n\nFamilles urbaines");
        assertThat(last(p)).startsWith("Technique : ").contains("une chauffeuse de bus")
                .contains("## Mon message\n\nPlus drôle").contains("Garde distinct le point de vue de chaque personnage")
                .contains("Évite ces clichés : Photos de coucher de soleil");
        assertThat(p.system()).contains("Rédige toute ta réponse en français.");
    }

    @Test
    void withoutALanguageInTheBriefTheInterfaceLanguageIsUsed() {
        Brief brief = Brief.empty().with(BriefField.AUDIENCE, "Skiers");

        assertThat(builder.build(brief, Locale.FRENCH, List.of(), new Turn("", Mode.QUESTION_ME, null, List.of()),
                List.of(), Draw.none()).system()).contains("Rédige toute ta réponse en français.");
        assertThat(builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.QUESTION_ME, null, List.of()),
                List.of(), Draw.none()).system()).contains("Write your whole answer in English.");
        assertThat(PromptBuilder.language(Brief.empty().with(BriefField.LANGUAGE, "fr"), Locale.ENGLISH))
                .isEqualTo(Locale.FRENCH);
        assertThat(PromptBuilder.language(Brief.empty().with(BriefField.LANGUAGE, "Anglais"), Locale.FRENCH))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anotherLanguageInTheBriefIsNamedToTheModel() {
        Brief brief = SampleBriefs.museumLate().with(BriefField.LANGUAGE, "Deutsch");

        String system = builder.build(brief, Locale.ENGLISH, List.of(), new Turn("", Mode.QUESTION_ME, null,
                List.of()), List.of(), Draw.none()).system();

        assertThat(system).contains("Write your whole answer in this language: Deutsch.");
    }

    @Test
    void divergeWithATechniqueKeepsTheTechniquesOwnFormatAndNamesTheBoardIdeasToAvoid() {
        String turn = last(builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, List.of(),
                new Turn("", Mode.DIVERGE, "crazy-8s", List.of()), List.of(fossils), Draw.none()));

        assertThat(turn).contains("Do not repeat or paraphrase the ideas already on the board")
                .contains("## Ideas already on the board (do not repeat them)\n\n1. Fossil pub quiz")
                .doesNotContain("Present each idea as a numbered item");
    }

    @Test
    void anEmptyBriefIsSaidToBeEmpty() {
        String system = builder.build(Brief.empty(), Locale.ENGLISH, List.of(),
                new Turn("", Mode.DIVERGE, null, List.of()), List.of(), Draw.none()).system();

        assertThat(system).contains("The brief is still empty").doesNotContain("clichés to avoid. Do not");
    }

    @Test
    void earlierTurnsAreSentAsTheyWereBeforeThisTurn() {
        List<ChatTurn> earlier = List.of(ChatTurn.user("First ask"), ChatTurn.assistant("First answer"));

        Prompt p = builder.build(SampleBriefs.museumLate(), Locale.ENGLISH, earlier,
                new Turn("Again", Mode.QUESTION_ME, null, List.of()), List.of(), Draw.none());

        assertThat(p.turns()).hasSize(3);
        assertThat(p.turns().subList(0, 2)).isEqualTo(earlier);
        assertThat(p.asText()).contains("### assistant\n\nFirst answer");
    }
}
