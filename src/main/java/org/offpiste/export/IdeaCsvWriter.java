package org.offpiste.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.offpiste.board.Idea;
import org.offpiste.board.Tags;
import org.offpiste.ranking.IdeaScore;

/**
 * Writes ideas as CSV (RFC 4180, comma, CRLF): the columns {@link IdeaCsvReader} reads first
 * (title, body, tags, status), then id, author, createdAt, updatedAt and the weighted score
 * (empty when unrated; the reader ignores it) — so an export imports back. Text cells that a
 * spreadsheet would run as a formula are guarded ({@link CsvCells}).
 */
public final class IdeaCsvWriter {
    /** The header of the weighted-score column. */
    static final String SCORE = "score";

    public void write(List<Idea> ideas, Writer out) throws IOException {
        write(ideas, Map.of(), out);
    }

    /** With each idea's weighted score (1–5, two decimals). */
    public void write(List<Idea> ideas, Map<Long, IdeaScore> scores, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.print(out);
        for (IdeaColumns c : IdeaColumns.values()) {
            printer.print(c.header());
        }
        printer.print(SCORE);
        printer.println();
        for (Idea idea : ideas) {
            IdeaScore score = scores.get(idea.id());
            printer.printRecord(CsvCells.guard(idea.title()), CsvCells.guard(idea.body()),
                    CsvCells.guard(Tags.join(idea.tags())), idea.status().key(), idea.id(),
                    CsvCells.guard(idea.author()), idea.createdAt().toString(), idea.updatedAt().toString(),
                    score == null ? "" : String.format(Locale.ROOT, "%.2f", score.score()));
        }
        printer.flush();
    }
}
