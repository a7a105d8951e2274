package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in techniques' model instructions do what issue 4 asks, in both languages. */
class TechniqueInstructionsTest {
    private final TechniqueLibrary library = TechniqueLibrary.builtIn();

    private String en(String id) {
        return library.find(id).orElseThrow().modelInstructions().in(Locale.ENGLISH);
    }

    private String fr(String id) {
        return library.find(id).orElseThrow().modelInstructions().in(Locale.FRENCH);
    }

    @Test
    void noTechniqueRepeatsTheGenericDraftThenReviseTactic() {
        for (Technique t : library.techniques()) {
            assertThat(t.modelInstructions().en()).as(t.id())
                    .doesNotContain("explicitly different", "First draft", "Draft first", "revise", "Revise");
            assertThat(t.modelInstructions().fr()).as(t.id())
                    .doesNotContain("explicitement différent", "Rédige d’abord", "révise", "Révise");
        }
    }

    @Test
    void scamperRunsTheSevenOperatorsAndTagsEachIdeaWithItsOperator() {
        assertThat(en("scamper")).contains("Substitute, Combine, Adapt, Modify/Magnify, Put to other uses, Eliminate,"
                + " Reverse/Rearrange", "one idea per operator", "Start each title with its operator in square brackets");
        assertThat(fr("scamper")).contains("une idée par opérateur", "entre crochets");
    }

    @Test
    void reverseProducesBadIdeasThenFlipsThem() {
        assertThat(en("reverse")).contains("deliberately terrible ideas", "Then flip each one", "Flipped from: …");
        assertThat(fr("reverse")).contains("volontairement désastreuses", "Puis retourne chacune", "Retournée de : …");
    }

    @Test
    void randomStimulusUsesAWordFarFromTheBrief() {
        assertThat(en("random-stimulus")).contains("{stimulus}", "far from the brief's topic", "From: …");
        assertThat(fr("random-stimulus")).contains("{stimulus}", "loin du sujet du brief", "Depuis : …");
    }

    @Test
    void drawsShowInTheirTechniques() {
        assertThat(en("personas")).contains("{personas}", "ordinary people", "the persona in parentheses");
        assertThat(en("constraints")).contains("{constraint}", "one extra constraint");
        assertThat(fr("personas")).contains("{personas}", "personnes ordinaires");
        assertThat(fr("constraints")).contains("{constraint}", "contrainte supplémentaire");
    }

    @Test
    void crazy8sDemandsEightIdeasThatDifferFromEachOther() {
        assertThat(en("crazy-8s")).contains("exactly eight ideas",
                "no two ideas may share their main mechanism, their channel or their moment");
        assertThat(fr("crazy-8s")).contains("exactement huit idées", "deux idées ne peuvent partager");
    }

    @Test
    void howMightWeReframesTheBriefsInsightIntoQuestions() {
        assertThat(en("how-might-we")).contains("Reframe the brief's insight", "{insight}", "How might we…");
        assertThat(fr("how-might-we")).contains("Reformule l’insight du brief", "{insight}", "Comment pourrions-nous…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"six-hats", "lotus-blossom", "morphological-matrix"})
    void structuredTechniquesKeepTheirStructureAndAnswerAsANumberedList(String id) {
        assertThat(en(id)).contains("numbered list").containsAnyOf("hat", "petal", "parameters");
        assertThat(fr(id)).contains("liste numérotée");
    }
}
