package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void measuresTerminalColumns() {
        assertThat(TextWidth.of("abc")).isEqualTo(3);
        assertThat(TextWidth.of("télésiège")).isEqualTo(9);
        assertThat(TextWidth.of("te\u0301le\u0301sie\u0300ge")).isEqualTo(9);
        assertThat(TextWidth.of("日本語")).isEqualTo(6);
        assertThat(TextWidth.of("😀")).isEqualTo(2);
        assertThat(TextWidth.of("👍🏽")).isEqualTo(2);
        assertThat(TextWidth.of("👨\u200D👩\u200D👧")).isEqualTo(2);
        assertThat(TextWidth.of("مرحبا")).isEqualTo(5);
    }

    @Test
    void truncatesToAWidthWithAnEllipsis() {
        assertThat(TextWidth.truncate("short", 10)).isEqualTo("short");
        assertThat(TextWidth.truncate("a longer title", 8)).isEqualTo("a longe…");
        assertThat(TextWidth.of(TextWidth.truncate("日本語日本語", 6))).isLessThanOrEqualTo(6);
        assertThat(TextWidth.truncate("e\u0301e\u0301e\u0301e\u0301", 3)).isEqualTo("e\u0301e\u0301…");
    }

    @Test
    void aCellIsOneLineWithoutControlOrOverrideCharacters() {
        assertThat(TextWidth.cell("one\ntwo\r\n\tthree\u0007 \u202Efour")).isEqualTo("one two three four");
    }

    @Test
    void padsByColumnsNotChars() {
        assertThat(TextWidth.pad("日本", 6)).isEqualTo("日本  ");
        assertThat(TextWidth.padLeft("42", 4)).isEqualTo("  42");
    }
}
