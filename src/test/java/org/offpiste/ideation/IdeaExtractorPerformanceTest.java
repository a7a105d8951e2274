package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction runs again on every streamed frame: it must stay linear in the answer's length. */
class IdeaExtractorPerformanceTest {

    private final IdeaExtractor extractor = new IdeaExtractor();

    /** About 100,000 characters: numbered ideas with bold titles, sub-points and a heading now and then. */
    static String longAnswer() {
        StringBuilder b = new StringBuilder("Here are many ideas for the museum's late opening:\n\n");
        int n = 0;
        while (b.length() < 100_000) {
            n++;
            if (n % 50 == 1) {
                b.append("## Round ").append(n / 50 + 1).append(" ideas\n\n");
            }
            b.append(n).append(". **The Specimen Night number ").append(n).append("** — Visitors meet a specimen ")
                    .append("with a weird fact they can retell at dinner, and nobody lectures them about it.\n")
                    .append("   - Why it works: it turns a fact into a story.\n")
                    .append("   - Channel: posters in bars and a TikTok countdown.\n\n");
        }
        return b.append("Let me know which ones to develop.\n").toString();
    }

    @Test
    void twoHundredCallsOnAGrowingHundredThousandCharacterAnswerTakeLessThanFiveSeconds() {
        String answer = longAnswer();
        for (int i = 0; i < 20; i++) {
            extractor.extract(answer, true);
        }
        long start = System.nanoTime();
        int last = 0;
        for (int call = 1; call <= 200; call++) {
            int cut = (int) ((long) answer.length() * call / 200);
            last = extractor.extract(answer.substring(0, cut), call == 200).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("IdeaExtractor: 200 calls on a growing %d-character answer: %d ms%n", answer.length(), millis);
        assertThat(last).isGreaterThan(300);
        assertThat(millis).as("200 extractions of up to 100k characters, in ms").isLessThan(5_000);
    }

    @Test
    void oneHundredThousandCharacterAnswerIsReadInWellUnderFiftyMilliseconds() {
        String answer = longAnswer();
        for (int i = 0; i < 20; i++) {
            extractor.extract(answer, true);
        }
        long best = Long.MAX_VALUE;
        List<ExtractedIdea> ideas = List.of();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            ideas = extractor.extract(answer, true);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("IdeaExtractor: %d characters, %d ideas, best of 10: %.1f ms%n", answer.length(), ideas.size(),
                best / 1e6);
        assertThat(ideas.get(ideas.size() - 1).body()).doesNotContain("Let me know");
        assertThat(best / 1_000_000).isLessThan(50);
    }
}
