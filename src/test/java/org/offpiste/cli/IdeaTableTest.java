package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;

class IdeaTableTest {
    private static final Instant T = Instant.parse("2026-11-29T01:30:00Z");

    private static Idea idea(long id, String title, String author, List<String> tags) {
        return new Idea(id, title, "body", tags, IdeaStatus.INBOX, author, T, T);
    }

    private static String table(List<Idea> ideas) {
        StringWriter s = new StringWriter();
        new IdeaTable(new Messages(Locale.ENGLISH), ZoneOffset.UTC).write(ideas, new PrintWriter(s));
        return s.toString();
    }

    @Test
    void columnsStayAlignedWithWideAccentedEmojiAndRtlText() {
        String out = table(List.of(
                idea(1, "Plain title", "A1", List.of("x")),
                idea(22, "Télésiège été 😀 and more", "A2", List.of("été")),
                idea(333, "日本語のアイデア", "A3", List.of()),
                idea(4, "مرحبا بالعالم", "A4", List.of("عربي")),
                idea(5, "Multi\nline\u0000 title", "A5", List.of("a", "b"))));

        String[] lines = out.split("\\R");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith(" ID  STATUS  TITLE");
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            String author = "A" + (i - 1);
            assertThat(TextWidth.of(line.substring(0, line.indexOf(author))))
                    .as(line).isEqualTo(TextWidth.of(lines[0].substring(0, lines[0].indexOf("AUTHOR"))));
            assertThat(line).endsWith("2026-11-29 01:30");
        }
        assertThat(out).contains("Multi line title");
    }

    @Test
    void longTitlesAreCut() {
        String out = table(List.of(idea(1, "x".repeat(1_000_000), "A1", List.of())));

        assertThat(out.split("\\R")[2]).contains("x".repeat(47) + "…").hasSizeLessThan(200);
    }
}
