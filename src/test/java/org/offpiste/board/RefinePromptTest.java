package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;

/** The refine prompt in English and French, its bundle, and how the answer is read. */
class RefinePromptTest {
    private static final Brief BRIEF = Brief.empty().with(BriefField.TITLE, "Night skiing")
            .with(BriefField.OBJECTIVE, "Fill the slopes after 5 pm").with(BriefField.AUDIENCE, "Locals")
            .with(BriefField.INSIGHT, "Locals want the mountain to themselves").with(BriefField.CLICHES, "Fireworks")
            .with(BriefField.TONE, "Warm");
    private final RefineAnswer answers = new RefineAnswer(new IdeaExtractor());

    @Test
    void theEnglishPromptCarriesTheBriefTheFormatTheIdeaAndTheInstruction() {
        RefinePrompt prompt = new RefinePrompt(BRIEF, Locale.ENGLISH);
        String system = prompt.system();
        assertThat(system).startsWith("You rewrite one idea from a brainstorm, following the person's instruction.")
                .contains("## The brief", "### Title\n\nNight skiing", "### Objective (what must change)\n\nFill the slopes after 5 pm",
                        "### Audience\n\nLocals", "### Insight about the audience\n\nLocals want the mountain to themselves",
                        "\n\nFireworks", "## Answer format", "**The idea's title, in a few words**")
                .endsWith("Write your whole answer in English.")
                .doesNotContain("Warm");
        assertThat(prompt.user("Night pass", "Cheaper after 5 pm.", RefineInstruction.of(RefinePreset.CHEAPER)))
                .isEqualTo("The idea:\n\n**Night pass**\n\nCheaper after 5 pm.\n\nInstruction: Make it cheaper to produce "
                        + "and to run: the same core for a fraction of the budget.");
        assertThat(prompt.user("Night pass", "", RefineInstruction.custom("  for a rural audience ")))
                .isEqualTo("The idea:\n\n**Night pass**\n\nInstruction: for a rural audience");
        assertThat(prompt.recorded(RefineInstruction.of(RefinePreset.KIDS))).isEqualTo("For 6-year-olds");
    }

    @Test
    void aFrenchBriefGetsAFrenchPromptWhateverTheInterface() {
        RefinePrompt prompt = new RefinePrompt(BRIEF.with(BriefField.LANGUAGE, "français"), Locale.ENGLISH);
        assertThat(prompt.system()).startsWith("Tu réécris une idée issue d'un brainstorming")
                .contains("## Le brief", "Clichés à éviter", "## Forme de la réponse", "**Le titre de l'idée, en quelques mots**")
                .endsWith("Rédige toute ta réponse en français.");
        assertThat(prompt.user("Forfait nocturne", "Moins cher.", RefineInstruction.of(RefinePreset.TIKTOK)))
                .startsWith("L'idée :\n\n**Forfait nocturne**\n\nMoins cher.\n\nConsigne : Adapte-la à TikTok");
        assertThat(prompt.recorded(RefineInstruction.of(RefinePreset.KIDS))).isEqualTo("Pour des enfants de 6 ans");
        assertThat(new RefinePrompt(Brief.empty(), Locale.FRENCH).system()).contains("Le brief est encore vide");
    }

    @Test
    void theBundleIsCompleteInBothLanguagesAndItsPatternsFormat() throws Exception {
        Properties en = load("refine");
        Properties fr = load("refine_fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allMatch(k -> k.startsWith("refine."));
        assertThat(fr.values()).allMatch(v -> !v.toString().isBlank());
        Messages m = new Messages(Locale.FRENCH);
        assertThat(m.get("refine.failed", "X")).isEqualTo("Rien n'a changé. X");
        assertThat(m.get("refine.paste.found", 0)).isEqualTo("Aucune idée trouvée pour l'instant");
        assertThat(m.get("refine.paste.add", 12)).isEqualTo("Ajouter 12 idées");
        assertThat(new Messages(Locale.ENGLISH).get("refine.paste.add", 1)).isEqualTo("Add 1 idea");
        for (RefinePreset p : RefinePreset.values()) {
            assertThat(en).containsKeys("refine.preset." + p.key(), "refine.instruction." + p.key());
        }
    }

    @Test
    void theAnswerIsReadInTheAskedFormAndItsUsualVariants() {
        assertThat(answers.read("**Night pass in 15 seconds**\n\nA clip.\n\nShared.")).contains(
                new ExtractedIdea(0, "Night pass in 15 seconds", "A clip.\n\nShared.", ""));
        assertThat(answers.read("Here is the new version:\n\n**Night pass**\nA clip.")).map(ExtractedIdea::title)
                .contains("Night pass");
        assertThat(answers.read("## Forfait nocturne\n\nUn forfait.")).map(ExtractedIdea::body).contains("Un forfait.");
        assertThat(answers.read("Title: Night pass\nBody: A clip at dusk.")).contains(
                new ExtractedIdea(0, "Night pass", "A clip at dusk.", ""));
        assertThat(answers.read("Titre : **Forfait du soir**\n\nVendu au village.")).map(ExtractedIdea::title)
                .contains("Forfait du soir");
        assertThat(answers.read("```\n**Night pass**\nA clip.\n```")).map(ExtractedIdea::title).contains("Night pass");
        assertThat(answers.read("Night pass for locals\nSold at the bakery.")).contains(
                new ExtractedIdea(0, "Night pass for locals", "Sold at the bakery.", ""));
        assertThat(answers.read("  \n ")).isEmpty();
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = RefinePromptTest.class.getResourceAsStream("/org/offpiste/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
