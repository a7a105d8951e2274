package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownChunksTest {
    static final String DOC = "# Title\n\nA paragraph\nthat goes on.\n\n- one\n- **two**\n  - nested\n\n"
            + "```\ncode\n\n# not a heading\n```\n\n1. first\n\n   more of the first\n2. second\n\n> quoted\n\nThe end.";

    @Test
    void chunksStartAfterABlankLineAtTheMarginOutsideCode() {
        assertThat(MarkdownChunks.split(DOC)).containsExactly("# Title\n\n", "A paragraph\nthat goes on.\n\n",
                "- one\n- **two**\n  - nested\n\n", "```\ncode\n\n# not a heading\n```\n\n",
                "1. first\n\n   more of the first\n2. second\n\n", "> quoted\n\n", "The end.");
    }

    @Test
    void chunksRenderedAloneReadAsTheWholeDoes() {
        List<String> texts = new ArrayList<>();
        for (String chunk : MarkdownChunks.split(DOC)) {
            texts.add(MarkdownText.render(chunk).text());
        }
        assertThat(String.join("\n\n", texts)).isEqualTo(MarkdownText.render(DOC).text());
    }

    @Test
    void aGrowingTextIsScannedFromItsLastChunkWithTheSameResult() {
        List<Integer> starts = List.of(0);
        for (int end = 1; end <= DOC.length(); end++) {
            String text = DOC.substring(0, end);
            List<Integer> next = new ArrayList<>(starts.subList(0, starts.size() - 1));
            next.addAll(MarkdownChunks.starts(text, starts.get(starts.size() - 1)));
            starts = next;
            assertThat(starts).as("chunks of the first %d characters", end).isEqualTo(MarkdownChunks.starts(text, 0));
        }
    }
}
