package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;

/** The ideas found in pasted text: lists, plain lines, a model's answer, JSON, French. */
class PastedIdeasTest {
    private final PastedIdeas pasted = new PastedIdeas(new IdeaExtractor());

    private List<ExtractedIdea> read(String text) {
        return pasted.read(text);
    }

    @Test
    void aMarkdownListGivesOneIdeaPerItemWithItsText() {
        assertThat(read("""
                My list:
                - Torchlight descent
                - Night pass — a cheaper evening pass
                  sold after 5 pm
                * **Glow party**: a DJ on the slope
                3. Stargazing hut
                """)).extracting(ExtractedIdea::title, ExtractedIdea::body).containsExactly(
                tuple("Torchlight descent", ""),
                tuple("Night pass", "a cheaper evening pass\nsold after 5 pm"),
                tuple("Glow party", "a DJ on the slope"),
                tuple("Stargazing hut", ""));
    }

    @Test
    void aNumberedListIsKeptWholeEvenWhereTheExtractorWouldJudgeItemsTooThin() {
        assertThat(read("1. Torchlight descent\n2. Night pass — cheaper\n3. Glow party"))
                .extracting(ExtractedIdea::title).containsExactly("Torchlight descent", "Night pass", "Glow party");
    }

    @Test
    void plainLinesAreOneIdeaEachAndBlankLinesAreSkipped() {
        assertThat(read("Torchlight descent\n\n  Night pass: cheaper after work  \r\nGlow party\n"))
                .extracting(ExtractedIdea::title, ExtractedIdea::body).containsExactly(
                        tuple("Torchlight descent", ""), tuple("Night pass", "cheaper after work"), tuple("Glow party", ""));
        assertThat(read("   \n\n")).isEmpty();
    }

    @Test
    void aModelsAnswerLosesItsPreambleAndOutro() {
        assertThat(read("""
                Here are some ideas for your campaign:

                1. **Torchlight descent** — Instructors ski down at dusk carrying torches.
                2. **Night pass** — A cheaper evening pass for locals after work.

                Let me know if you want more!
                """)).extracting(ExtractedIdea::title, ExtractedIdea::body).containsExactly(
                tuple("Torchlight descent", "Instructors ski down at dusk carrying torches."),
                tuple("Night pass", "A cheaper evening pass for locals after work."));
    }

    @Test
    void jsonIsRead() {
        assertThat(read("[{\"title\": \"Torchlight descent\", \"body\": \"At dusk.\"}, {\"title\": \"Night pass\"}]"))
                .extracting(ExtractedIdea::title, ExtractedIdea::body)
                .containsExactly(tuple("Torchlight descent", "At dusk."), tuple("Night pass", ""));
    }

    @Test
    void frenchListsAndTypographyAreRead() {
        assertThat(read("- **Descente aux flambeaux** : les moniteurs descendent à la nuit tombée.\n"
                + "- **Forfait nocturne** : moins cher après 17 h.\n"
                + "- Luge au clair de lune"))
                .extracting(ExtractedIdea::title, ExtractedIdea::body).containsExactly(
                        tuple("Descente aux flambeaux", "les moniteurs descendent à la nuit tombée."),
                        tuple("Forfait nocturne", "moins cher après 17 h."),
                        tuple("Luge au clair de lune", ""));
        assertThat(read("Télésiège nocturne\u00A0: ouvert jusqu’à 22 h\nRaquettes aux lanternes"))
                .extracting(ExtractedIdea::title).containsExactly("Télésiège nocturne", "Raquettes aux lanternes");
    }
}
