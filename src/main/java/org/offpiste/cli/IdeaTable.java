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
    private static final Columns COLUMNS = new Columns(new int[] {12, 9, 48, 28, 20, 16},
            new boolean[] {true, false, false, false, false, false});
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
        COLUMNS.print(rows, out);
        out.flush();
    }
}
