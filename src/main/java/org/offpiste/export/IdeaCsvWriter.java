package org.offpiste.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.offpiste.board.Idea;
import org.offpiste.board.Tags;

/**
 * Writes ideas as CSV (RFC 4180, comma, CRLF): the columns {@link IdeaCsvReader} reads first
 * (title, body, tags, status), then id, author, createdAt, updatedAt — so an export imports back.
 */
public final class IdeaCsvWriter {

    public void write(List<Idea> ideas, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.print(out);
        for (IdeaColumns c : IdeaColumns.values()) {
            printer.print(c.header());
        }
        printer.println();
        for (Idea idea : ideas) {
            printer.printRecord(idea.title(), idea.body(), Tags.join(idea.tags()), idea.status().key(),
                    idea.id(), idea.author(), idea.createdAt().toString(), idea.updatedAt().toString());
        }
        printer.flush();
    }
}
