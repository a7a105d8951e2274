package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;

class TechniquePhrasingTest {
    private final Messages english = new Messages(Messages.ENGLISH);
    private final Messages french = new Messages(Messages.FRENCH);

    @Test
    void fillsBriefValuesAsWritten() {
        Brief brief = SampleBriefs.museumLate();
        String phrased = TechniquePhrasing.forPeople(english)
                .phrase("For {audience}, knowing that {insight}.", brief, Draw.none());
        assertThat(phrased).isEqualTo("For Young professionals who go out on Thursdays, like quiz nights and live music,"
                + " and see museums as \"for kids and tourists\", knowing that They love weird facts they can retell"
                + " at dinner, but hate feeling lectured.");
    }

    @Test
    void emptyFieldsBecomeVisibleLocalisedHints() {
        Brief brief = Brief.empty().with(BriefField.TITLE, "Repair café");
        assertThat(TechniquePhrasing.forPeople(english).phrase("{title} for {audience}", brief, Draw.none()))
                .isEqualTo("Repair café for [your audience — not in the brief yet]");
        assertThat(TechniquePhrasing.forPeople(french).phrase("{title} pour {audience}", brief, Draw.none()))
                .isEqualTo("Repair café pour [votre public — pas encore dans le brief]");
    }

    @Test
    void modelPhrasingSaysNotGivenInsteadOfAWorkshopHint() {
        assertThat(TechniquePhrasing.forModel(english).phrase("Avoid: {cliches}", Brief.empty(), Draw.none()))
                .isEqualTo("Avoid: (not given in the brief)");
    }

    @Test
    void drawsAreInsertedAndPersonasJoinedInTheUiLanguage() {
        Draw personas = new Draw(DrawKind.PERSONAS, List.of("un boulanger", "une factrice", "un serrurier"));
        assertThat(TechniquePhrasing.forPeople(french).phrase("Vos personnages : {personas}.", Brief.empty(), personas))
                .isEqualTo("Vos personnages : un boulanger, une factrice et un serrurier.");
        Draw word = new Draw(DrawKind.WORD, List.of("kettle"));
        assertThat(TechniquePhrasing.forPeople(english).phrase("The word is {stimulus}", Brief.empty(), word))
                .isEqualTo("The word is kettle");
    }

    @Test
    void multiLineFieldsAreJoinedAndTheirBulletsDropped() {
        assertThat(TechniquePhrasing.asWritten("- Instagram\n- TikTok\n\n* posters in bars.\n"))
                .isEqualTo("Instagram; TikTok; posters in bars");
    }

    @Test
    void everyBuiltInStepPhrasesWithoutLeftoverPlaceholders() {
        TechniqueLibrary library = TechniqueLibrary.builtIn();
        TechniqueCards cards = new TechniqueCards(french);
        TechniqueDraws draws = new TechniqueDraws(library, new java.util.Random(1));
        for (Technique t : library.techniques()) {
            Draw draw = draws.draw(t.draw(), Brief.empty(), french.locale(), null);
            TechniqueCard card = cards.card(t, SampleBriefs.stationEte(), draw);
            assertThat(card.steps()).as(t.id()).noneMatch(s -> s.contains("{") || s.contains("}"));
            assertThat(card.markdown()).as(t.id()).doesNotContain("[tiré au sort]");
        }
    }

    @Test
    void modelInstructionsArePhrasedWithTheBriefsClichesAndTheDraw() {
        Technique stimulus = TechniqueLibrary.builtIn().find("random-stimulus").orElseThrow();
        Draw word = new Draw(DrawKind.WORD, List.of("kettle"));
        String instructions = TechniquePhrasing.forModel(english)
                .phrase(stimulus.modelInstructions().in(english.locale()), SampleBriefs.museumLate(), word);
        assertThat(instructions).contains("with this word: kettle", "dinosaur puns",
                "every idea starts from a different feature")
                .doesNotContain("{", "}");
    }
}
