package org.offpiste.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;

/**
 * Ideas as aligned columns for a terminal: id, status, title (cut), tags, author, updated.
 * Widths are measured in terminal columns ({@link TextWidth}), so accents, wide characters
 * and emoji keep the columns straight; control characters and line breaks become spaces.
 */
final class IdeaTable {
    private static final int[] MAX = {12, 9, 48, 28, 20, 16};
    private static final String GAP = "  ";
    private final Messages messages;
    private final DateTimeFormatter time;

    IdeaTable(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    void write(List<Idea> ideas, PrintWriter out) {
        List<String[]> rows = new ArrayList<>(ideas.size() + 1);
        rows.add(new String[] {messages.get("cli.table.id"), messages.get("cli.table.status"),
            messages.get("cli.table.title"), messages.get("cli.table.tags"), messages.get("cli.table.author"),
            messages.get("cli.table.updated")});
        for (Idea idea : ideas) {
            rows.add(new String[] {String.valueOf(idea.id()), idea.status().key(), TextWidth.cell(idea.title()),
                TextWidth.cell(String.join(", ", idea.tags())), TextWidth.cell(idea.author()),
                time.format(idea.updatedAt())});
        }
        int[] widths = new int[MAX.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = TextWidth.truncate(row[c], MAX[c]);
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                out.println(rule(widths));
            }
        }
        out.flush();
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder b = new StringBuilder(TextWidth.padLeft(row[0], widths[0]));
        for (int c = 1; c < row.length; c++) {
            b.append(GAP).append(c == row.length - 1 ? row[c] : TextWidth.pad(row[c], widths[c]));
        }
        return b.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            b.append(c == 0 ? "" : GAP).append("-".repeat(widths[c]));
        }
        return b.toString();
    }
}
