package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Stability beyond the corpus: answers made of random mixtures of the shapes models write
 * (items of every style, headings, labels, sub-points, JSON, fences, outros, headers), cut at
 * every position, only ever give a prefix of the final ideas.
 */
class IdeaExtractorStreamingFuzzTest {

    private static final List<String> PIECES = List.of(
            "Here are some ideas for the museum:", "Voici 8 idées :", "", "", "",
            "1. **Bone Phone** — hear a whale through your own skull.", "2) Night Bus: a bus to the Ice Age.",
            "3. **[Eliminate] No Labels** — every label is covered.", "**4. Fossil Dating**",
            "   - Why it works: weird facts.", "   - a plain sub-point", "  Flipped from: a lecture.",
            "- **Confession Cards**: a box at the library.", "- plain bullet", "* **Substitute:** Swap — a tattoo artist.",
            "### 1. The Deadline", "### Idea 2 — Bones & Beats", "## Ideas", "## Six hats", "### White hat",
            "**Green hat — ideas**", "**The Field Trip**", "Idea 3: Radio Riddle", "Idée 4 : Le mot de la fin",
            "Title: Fixer Badge", "Description: new volunteers start as apprentices.",
            "A paragraph of body text that goes on for a while.", "*How might we make a fact a secret?*",
            "1. How might we make it feel like going out?", "Let me know if you want more!",
            "N'hésitez pas à me dire lesquelles creuser.", "Which one should I develop?", "---",
            "| Moment | Place |", "|---|---|", "```json", "[{\"title\": \"A\", \"body\": \"x\"},", "{\"title\": \"B\"}]",
            "```", "```text", "{\"ideas\": [{\"name\": \"C\", \"pitch\": \"y\"}]}", "1️⃣ **Le sac mystère** — un sac scellé.",
            "🔹 **La météo** : un enfant présente la météo.", "**Risk:** it may fail.", "**Verdict:** keep",
            "Features of an umbrella:", "**First draft**", "**Revised ideas**", "1.", "Le train des cabanes",
            "5. **The Night Route** (bus driver) — hidden specimens.", "6. **Bone Phone (long shot)** — jaw post.",
            "   - **Bigger — Whale Weekend**: a whole weekend.", "Changed: made it concrete.");

    private final IdeaExtractor extractor = new IdeaExtractor();

    @Test
    void randomMixturesOfAnswerShapesAreStableAtEveryCut() {
        Random random = new Random(Long.getLong("fuzz.seed", 20261129L));
        for (int answer = 0; answer < Integer.getInteger("fuzz.answers", 100); answer++) {
            StringBuilder b = new StringBuilder();
            int count = 4 + random.nextInt(30);
            for (int i = 0; i < count; i++) {
                b.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            }
            String text = random.nextBoolean() ? b.toString() : b.substring(0, random.nextInt(b.length()));
            List<ExtractedIdea> last = extractor.extract(text, true);
            for (int cut = 0; cut <= text.length(); cut++) {
                List<ExtractedIdea> partial = extractor.extract(text.substring(0, cut), false);
                assertThat(partial.size()).as("answer %d cut at %d:%n%s", answer, cut, text).isLessThanOrEqualTo(last.size());
                assertThat(partial).as("answer %d cut at %d:%n%s", answer, cut, text).isEqualTo(last.subList(0, partial.size()));
            }
        }
    }
}
