package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    private static List<String> styles(MarkdownText.Rendered r, String text) {
        int at = r.text().indexOf(text);
        return r.spans().stream().filter(s -> s.start() <= at && s.end() >= at + text.length())
                .map(MarkdownText.Span::style).toList();
    }

    @Test
    void headingsListsEmphasisAndCodeBecomeStyledTextWithoutTheirMarkers() {
        MarkdownText.Rendered r = MarkdownText.render("# Title\n\nSome *soft* and **strong** `code`.\n\n"
                + "1. one\n2. two\n   - nested\n\n```\nx = 1\n```");
        assertThat(r.text()).isEqualTo("Title\n\nSome soft and strong code.\n\n1. one\n2. two\n    ◦  nested\n\nx = 1");
        assertThat(r.lineStyles()).containsExactly("md-h1", "md-p", "md-p", "md-p", "md-li", "md-li", "md-li", "md-p",
                "md-code-block");
        assertThat(styles(r, "soft")).containsExactly("md-em");
        assertThat(styles(r, "strong")).containsExactly("md-strong");
        assertThat(styles(r, "code.")).isEmpty();
        assertThat(styles(r, "code")).containsExactly("md-code");
        assertThat(styles(r, "x = 1")).containsExactly("md-code");
    }

    @Test
    void linesAreCutIntoRunsWhereStylesChange() {
        MarkdownText.Rendered r = MarkdownText.render("a **b** c");
        assertThat(r.lines()).containsExactly(List.of(new MarkdownText.Run("a ", List.of()),
                new MarkdownText.Run("b", List.of("md-strong")), new MarkdownText.Run(" c", List.of())));
    }

    @Test
    void anUnfinishedAnswerStillRenders() {
        MarkdownText.Rendered r = MarkdownText.render("## Half a head\n\n- **unclosed");
        assertThat(r.text()).isEqualTo("Half a head\n\n•  **unclosed");
        assertThat(MarkdownText.plain("a\nb\n").lineStyles()).hasSize(3);
    }
}
