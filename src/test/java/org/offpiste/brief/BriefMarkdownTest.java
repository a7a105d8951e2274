package org.offpiste.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefMarkdownTest {
    private static final String[] SAMPLES = {
        "hors-piste-newsletter.md", "museum-late.md", "repair-cafe.md", "station-ete.md"};
    private static final String[] PIECES = {
        "# not a title", "## Client", "## Objective:", "### sub heading", "#hashtag", "\\# escaped",
        "\\\\## double", "   ## indented", "    ## code-indented", "#", "##", "- a list item", "1. first",
        "> a quote", "```", "```java", "---", "===", "**bold** _it_", "Voilà, ça déménage ! « oui »",
        "emoji 🎿⛷", "  leading spaces", "trailing spaces  ", "tab\there", "", "", "a", "50 % more",
        "x#y", "C#", "## ", "#\t tab heading", "<!-- comment -->", "| a | b |", "\\", "\\\\", "[link](http://x)"};

    static Stream<String> samples() {
        return Stream.of(SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleReadsEveryField(String name) throws IOException {
        Brief brief = BriefMarkdown.read(sample(name));

        assertThat(brief.get(BriefField.TITLE)).isNotBlank().doesNotStartWith("#");
        for (BriefField f : List.of(BriefField.CLIENT, BriefField.OBJECTIVE, BriefField.AUDIENCE,
                BriefField.INSIGHT, BriefField.CHANNELS, BriefField.TONE, BriefField.CONSTRAINTS,
                BriefField.CLICHES, BriefField.SUCCESS_CRITERIA, BriefField.LANGUAGE)) {
            assertThat(brief.get(f)).as(f.key()).isNotBlank().doesNotContain("##");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleWritesBackToTheSameText(String name) throws IOException {
        String text = sample(name);
        Brief brief = BriefMarkdown.read(text);

        assertThat(BriefMarkdown.write(brief).stripTrailing()).isEqualTo(text.stripTrailing());
        assertThat(BriefMarkdown.read(BriefMarkdown.write(brief))).isEqualTo(brief);
    }

    @Test
    void readsTheRepairCafeSample() throws IOException {
        Brief brief = BriefMarkdown.read(sample("repair-cafe.md"));

        assertThat(brief.get(BriefField.TITLE)).isEqualTo("Fix-it Fridays: more volunteers for the repair café");
        assertThat(brief.get(BriefField.OBJECTIVE))
                .isEqualTo("Double the number of regular volunteer fixers, from 12 to 25, within six months.");
        assertThat(brief.get(BriefField.CLICHES)).startsWith("\"Save the planet\" slogans");
        assertThat(brief.get(BriefField.LANGUAGE)).isEqualTo("English");
        assertThat(brief.get(BriefField.NOTES)).isEmpty();
    }

    @Test
    void readsFrenchHeadingsWhateverTheirCaseAccentsAndColons() {
        String md = "\uFEFF# Titre du brief\r\n\r\n## MARQUE\r\nTire-Fesses\r\n\r\n## Objectif :\r\nx\r\n"
                + "## cible\nc\n## Insight\ni\n## Canaux\nca\n## Ton et ligne éditoriale\nt\n"
                + "## Contraintes et obligations\nco\n## Clichés à éviter\ncl\n## Critères de réussite\ns\n"
                + "## Notes\nn\n## Langue:\nFrançais\n";

        Brief brief = BriefMarkdown.read(md);

        assertThat(brief.values()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(BriefField.TITLE, "Titre du brief"), Map.entry(BriefField.CLIENT, "Tire-Fesses"),
                Map.entry(BriefField.OBJECTIVE, "x"), Map.entry(BriefField.AUDIENCE, "c"),
                Map.entry(BriefField.INSIGHT, "i"), Map.entry(BriefField.CHANNELS, "ca"),
                Map.entry(BriefField.TONE, "t"), Map.entry(BriefField.CONSTRAINTS, "co"),
                Map.entry(BriefField.CLICHES, "cl"), Map.entry(BriefField.SUCCESS_CRITERIA, "s"),
                Map.entry(BriefField.NOTES, "n"), Map.entry(BriefField.LANGUAGE, "Français")));
    }

    @Test
    void acceptsOtherFrenchAndEnglishAliases() {
        Brief brief = BriefMarkdown.read("## Client\na\n## Public\nb\n## Audience\nc\n## Ton\nd\n"
                + "## Contraintes\ne\n## À éviter\nf\n## Critères de succès\ng\n## Avoid\nh\n## CLICHES TO AVOID\ni\n");

        assertThat(brief.get(BriefField.CLIENT)).isEqualTo("a");
        assertThat(brief.get(BriefField.AUDIENCE)).isEqualTo("b\n\nc");
        assertThat(brief.get(BriefField.TONE)).isEqualTo("d");
        assertThat(brief.get(BriefField.CONSTRAINTS)).isEqualTo("e");
        assertThat(brief.get(BriefField.CLICHES)).isEqualTo("f\n\nh\n\ni");
        assertThat(brief.get(BriefField.SUCCESS_CRITERIA)).isEqualTo("g");
        assertThat(brief.get(BriefField.TITLE)).isEmpty();
    }

    @Test
    void keepsMultiParagraphBodiesVerbatimTrimmedOfSurroundingBlankLines() {
        String md = "# T\n\n## Notes\n\n\nFirst paragraph\nstill first.\n\n- one\n- two\n\n  indented\n\n\n## Tone\nx\n";

        assertThat(BriefMarkdown.read(md).get(BriefField.NOTES))
                .isEqualTo("First paragraph\nstill first.\n\n- one\n- two\n\n  indented");
    }

    @Test
    void appendsUnknownHeadingsAndLooseTextToNotes() {
        String md = "# T\nIntro line\n\n## Budget\n300 EUR\n\n## Notes\nreal notes\n\n## Deadline ##\nJune\n";

        assertThat(BriefMarkdown.read(md).get(BriefField.NOTES))
                .isEqualTo("Intro line\n\n## Budget\n300 EUR\n\nreal notes\n\n## Deadline ##\nJune");
    }

    @Test
    void keepsDeeperHeadingsInsideAField() {
        Brief brief = BriefMarkdown.read("# T\n## Constraints\n### Legal\nLoi Evin\n### Budget\n40k\n");

        assertThat(brief.get(BriefField.CONSTRAINTS)).isEqualTo("### Legal\nLoi Evin\n### Budget\n40k");
    }

    @Test
    void refusesTextWithNoTitleAndNoKnownHeadingWithAOneLineReason() {
        for (String bad : List.of("", "just some text\nmore", "## Something else\nx", "\uFEFF\r\n")) {
            assertThatThrownBy(() -> BriefMarkdown.read(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("\n")
                    .hasMessageContaining("no '# Title'");
        }
    }

    @Test
    void readsABriefWithOnlyFieldsAndNoTitle() {
        assertThat(BriefMarkdown.read("## Objective\nMore.\n").values())
                .containsExactly(Map.entry(BriefField.OBJECTIVE, "More."));
    }

    @Test
    void omitsEmptyFields() {
        Brief brief = Brief.empty().with(BriefField.TITLE, "T").with(BriefField.TONE, "Warm");

        assertThat(BriefMarkdown.write(brief)).isEqualTo("# T\n\n## Tone\nWarm\n");
    }

    @Test
    void escapesLinesThatWouldReadAsHeadings() {
        Brief brief = Brief.empty().with(BriefField.TITLE, "T")
                .with(BriefField.NOTES, "# one\n## Client\n\\## was escaped\n### three\n#tag");

        String md = BriefMarkdown.write(brief);

        assertThat(md).contains("\n\\# one\n\\## Client\n\\\\## was escaped\n### three\n#tag\n");
        assertThat(BriefMarkdown.read(md)).isEqualTo(brief);
    }

    @Test
    void roundTripsManyGeneratedBriefsWithStrangeText() {
        Random random = new Random(20261129);
        for (int i = 0; i < 3000; i++) {
            Brief brief = generate(random, true);
            String md = BriefMarkdown.write(brief);

            assertThat(BriefMarkdown.read(md)).as("brief %d:%n%s", i, md).isEqualTo(brief);
        }
    }

    @Test
    void anyBriefIsStableAfterOneRoundTrip() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            Brief brief = generate(random, false);
            if (BriefMarkdown.write(brief).isEmpty()) {
                continue;
            }
            Brief once = BriefMarkdown.read(BriefMarkdown.write(brief));

            assertThat(BriefMarkdown.read(BriefMarkdown.write(once))).isEqualTo(once);
            for (BriefField f : BriefField.values()) {
                if (f != BriefField.TITLE) {
                    assertThat(once.get(f)).isEqualTo(brief.get(f).replace("\r\n", "\n").replace('\r', '\n')
                            .replaceAll("^(\\s*\\n)+", "").replaceAll("(\\n\\s*)+$", "")
                            .replaceAll("^\\s+$", ""));
                }
            }
        }
    }

    /** A brief with random fields; {@code canonical}: a one-line, stripped title and no blank edge lines. */
    private static Brief generate(Random random, boolean canonical) {
        Map<BriefField, String> values = new EnumMap<>(BriefField.class);
        for (BriefField f : BriefField.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            int count = 1 + random.nextInt(f.multiline() ? 6 : 2);
            for (int j = 0; j < count; j++) {
                lines.add(random.nextInt(3) == 0 ? randomText(random) : PIECES[random.nextInt(PIECES.length)]);
            }
            String value = String.join(random.nextInt(5) == 0 && !canonical ? "\r\n" : "\n", lines);
            if (canonical) {
                value = value.replaceAll("^(\\s*\\n)+", "").replaceAll("(\\n\\s*)+$", "");
                if (f == BriefField.TITLE) {
                    value = value.replace('\n', ' ').strip();
                }
                if (value.isBlank()) {
                    continue;
                }
            } else if (f == BriefField.TITLE) {
                value = value.replace('\n', ' ').replace('\r', ' ');
            }
            values.put(f, value);
        }
        return Brief.of(values);
    }

    private static String randomText(Random random) {
        String alphabet = "ab #\\:*_-`>ée€😀\t ";
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt((int) alphabet.codePoints().count())]);
        }
        return sb.toString();
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = BriefMarkdownTest.class.getResourceAsStream("samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
