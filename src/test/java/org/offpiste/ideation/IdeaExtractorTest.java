package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdeaExtractorTest {

    private final IdeaExtractor extractor = new IdeaExtractor();

    private List<ExtractedIdea> ended(String text) {
        return extractor.extract(text, true);
    }

    private List<String> titles(String text) {
        return ended(text).stream().map(ExtractedIdea::title).toList();
    }

    @Test
    void nothingComesOfNothing() {
        assertThat(extractor.extract(null, true)).isEmpty();
        assertThat(extractor.extract("", false)).isEmpty();
        assertThat(extractor.extract("Sure! Here are some ideas for the museum:", true)).isEmpty();
    }

    @Test
    void theLastItemWaitsForTheNextOneOrTheEnd() {
        String text = "Here are ideas:\n\n1. **Bone Phone** — hear a whale through your skull.\n2. **Night Bus** — a bus";
        assertThat(extractor.extract(text, false)).as("the next item's line is not complete yet").isEmpty();
        assertThat(extractor.extract(text + " to the Ice Age.\n", false)).containsExactly(
                new ExtractedIdea(0, "Bone Phone", "hear a whale through your skull.", ""));
        assertThat(ended(text + " to the Ice Age.\n")).extracting(ExtractedIdea::body)
                .containsExactly("hear a whale through your skull.", "a bus to the Ice Age.");
    }

    @Test
    void anOutroCompletesTheLastItemAndStaysOutOfItsBody() {
        String text = "1. **A** — first.\n2. **B** — second.\n\nLet me know if you want more.\n";
        assertThat(extractor.extract(text, false)).extracting(ExtractedIdea::body).containsExactly("first.", "second.");
        String french = "1. **A** : premier.\n2. **B** : second.\n\nN'hésitez pas à me dire laquelle creuser.\n";
        assertThat(extractor.extract(french, false)).extracting(ExtractedIdea::title).containsExactly("A", "B");
    }

    @Test
    void titlesLoseTheirMarkersQuotesAndTrailingPunctuation() {
        assertThat(titles("1. **\"The Whisper Tour\":** guides whisper.\n")).containsExactly("The Whisper Tour");
        assertThat(titles("1) __Fossil   Speed-Dating__ - eight minutes each.\n")).containsExactly("Fossil Speed-Dating");
        assertThat(titles("1 - « La nuit blanche » : une nuit sans dormir.\n")).containsExactly("La nuit blanche");
        assertThat(titles("- **Bones & Beats** —\n  A DJ plays in the skeleton hall.\n")).containsExactly("Bones & Beats");
    }

    @Test
    void aVeryLongTitleWithoutSeparatorIsASentenceWhoseFirstClauseBecomesTheTitle() {
        String sentence = "Invite every bar in the city to hide one weird fact under its coasters, so that people who "
                + "never think of the museum find it at the bottom of their glass on a Thursday night";
        ExtractedIdea idea = ended("1. " + sentence + ".\n").get(0);
        assertThat(idea.title()).isEqualTo("Invite every bar in the city to hide one weird fact under its coasters");
        assertThat(idea.body()).isEqualTo(sentence + ".");
    }

    @Test
    void scamperOperatorsBecomeTheFacetInEveryShape() {
        String text = """
                1. **[Eliminate] No Labels Night** — every label is covered.
                2. **[Substitute]** The Curator Swap — a tattoo artist guides.
                3. Combine: Quiz × Whale — a quiz in the whale hall.
                4. **Éliminer :** Zéro dénivelé — un parcours plat.
                5. **[Modify / Magnify] One Object** — a single specimen.
                6. **Adapter : Le carnet** — un passeport à tamponner.
                """;
        assertThat(ended(text)).extracting(ExtractedIdea::facet, ExtractedIdea::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Eliminate", "No Labels Night"),
                org.assertj.core.groups.Tuple.tuple("Substitute", "The Curator Swap"),
                org.assertj.core.groups.Tuple.tuple("Combine", "Quiz × Whale"),
                org.assertj.core.groups.Tuple.tuple("Éliminer", "Zéro dénivelé"),
                org.assertj.core.groups.Tuple.tuple("Modify / Magnify", "One Object"),
                org.assertj.core.groups.Tuple.tuple("Adapter", "Le carnet"));
    }

    @Test
    void aTrailingParenthesisIsTheFacetButLongShotsAndProbabilitiesAreNot() {
        List<ExtractedIdea> ideas = ended("""
                1. **The Night Route** (Karima, bus driver) — a route through hidden specimens.
                2. **Bone Phone (long shot)** — a jaw-conduction listening post.
                3. **Second Visit — p ≈ 0.1** — a stamp per visit.
                4. **Third Visit** — probability 0.2 — stays in the body.
                """);
        assertThat(ideas).extracting(ExtractedIdea::title).containsExactly("The Night Route", "Bone Phone", "Second Visit", "Third Visit");
        assertThat(ideas).extracting(ExtractedIdea::facet).containsExactly("Karima, bus driver", "", "", "");
        assertThat(ideas.get(1).body()).isEqualTo("(long shot) a jaw-conduction listening post.");
        assertThat(ideas.get(2).body()).isEqualTo("(p ≈ 0.1) a stamp per visit.");
        assertThat(ideas.get(3).body()).isEqualTo("probability 0.2 — stays in the body.");
    }

    @Test
    void nestedSubPointsStayInTheBodyWithTheirIndentationNormalised() {
        ExtractedIdea idea = ended("""
                1. **Two-Screwdriver Rule** — newcomers never fix alone.
                    - Pairs matched by trade.
                        - bikes, lamps
                    - Why it works: nobody is the expert.

                   Flipped from: an expert exam.
                2. **Next** — x
                """).get(0);
        assertThat(idea.body()).isEqualTo("newcomers never fix alone.\n- Pairs matched by trade.\n    - bikes, lamps\n"
                + "- Why it works: nobody is the expert.\n\nFlipped from: an expert exam.");
    }

    @Test
    void questionsAndSectionHeadersAreNotIdeas() {
        assertThat(titles("""
                ## Ideas

                1. How might we make a fact feel like a secret?
                2. **Which night works best?** — Thursdays.
                3. **The Whisper Tour** — guides whisper one fact.
                """)).containsExactly("The Whisper Tour");
    }

    @Test
    void jsonObjectsCountOnceTheirBraceClosesAndATruncatedOneKeepsItsTitleAtTheEnd() {
        String text = "```json\n[{\"title\": \"A\", \"description\": \"first\"}, {\"title\": \"B\", \"desc";
        assertThat(extractor.extract(text + "\n", false)).containsExactly(new ExtractedIdea(0, "A", "first", ""));
        assertThat(ended(text)).extracting(ExtractedIdea::title).containsExactly("A", "B");
    }

    @Test
    void anAnswerWrappedInAMarkdownFenceIsReadAsMarkdown() {
        assertThat(titles("```markdown\n1. **A** — a\n2. **B** — b\n```\n")).containsExactly("A", "B");
    }

    @Test
    void frenchTypographyWithNonBreakingSpacesIsRead() {
        ExtractedIdea idea = ended("Voici 2 idées\u00a0:\n\n1. **Le terminus**\u00a0: une question\u202fà la fin.\n").get(0);
        assertThat(idea.title()).isEqualTo("Le terminus");
        assertThat(idea.body()).isEqualTo("une question à la fin.");
    }

    @Test
    void aCritiqueOfEachIdeaGivesNoIdeas() {
        assertThat(ended("""
                **1. Bone Phone**
                - Main risk: hygiene of a shared jaw post.
                - Cliché: none.
                - Verdict: rework

                **2. Night Bus**
                - Risque principal : le coût.
                - Le changement : une seule ligne.
                """)).isEmpty();
    }

    @Test
    void tabsAndWindowsLineEndingsCutBetweenReturnAndNewlineChangeNothing() {
        String text = "1. **A**\r\n\tbody a\r\n2. **B**\r\n\tbody b\r\n";
        List<ExtractedIdea> all = ended(text);
        assertThat(all).extracting(ExtractedIdea::body).containsExactly("body a", "body b");
        for (int cut = 0; cut <= text.length(); cut++) {
            List<ExtractedIdea> partial = extractor.extract(text.substring(0, cut), false);
            assertThat(partial).isEqualTo(all.subList(0, partial.size()));
        }
    }

    @Test
    void anEmojiBeforeAHeadingsNumberIsDroppedWithTheNumber() {
        assertThat(titles("### 🦴 1. The Bone Orchestra\nMusicians play bone replicas.\n### 🕯️ 2. Lights Off\nDark hall.\n"))
                .containsExactly("The Bone Orchestra", "Lights Off");
    }

    @Test
    void aBoldLedParagraphIsAnIdeaUnlessItsLeadIsAFieldLabel() {
        assertThat(titles("""
                **My approach:** I looked for moments after work.

                **The Walk-Home Audio** — a story you finish on the way home.

                **Why it works:** nobody is lectured.
                """)).containsExactly("The Walk-Home Audio");
    }

    @Test
    void aPlainNumberedListUnderANumberedHeadingIsThatIdeasSteps() {
        List<ExtractedIdea> ideas = ended("""
                ### 1. The Bone Orchestra
                How the night runs:
                1. Musicians rehearse in the skeleton hall at seven.
                2. The audience comes in at eight, in the dark.
                ### 2. Lights Off
                The hall goes dark for five minutes.
                """);
        assertThat(ideas).extracting(ExtractedIdea::title).containsExactly("The Bone Orchestra", "Lights Off");
        assertThat(ideas.get(0).body()).contains("1. Musicians rehearse", "2. The audience comes in");
    }

    @Test
    void principlesBeforeTheIdeasAreNotIdeasAndABonusIdeaIs() {
        assertThat(titles("""
                A few principles I used:
                - **No lectures**: every fact is a punchline.
                - **Night as a feature**: the dark is the draw.

                Ideas:
                1. **Lights Off at 10** — the hall goes dark for five minutes.

                Bonus idea:
                - **The Fossil Lottery** — one ticket a night wins a private tour.
                """)).containsExactly("Lights Off at 10", "The Fossil Lottery");
    }
}
