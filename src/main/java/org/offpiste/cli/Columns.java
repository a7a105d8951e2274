package org.offpiste.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Rows as aligned columns for a terminal, the first row a header with a rule under it. Widths
 * are measured in terminal columns ({@link TextWidth}); each cell is cut at its column's most.
 */
final class Columns {
    private static final String GAP = "  ";
    private final int[] max;
    private final boolean[] right;

    /** {@code max} characters per column; {@code right} for the columns aligned on the right (numbers). */
    Columns(int[] max, boolean[] right) {
        this.max = max.clone();
        this.right = right.clone();
    }

    /** Prints the rows (the first the header); a cell is cut to fit in place. */
    void print(List<String[]> rows, PrintWriter out) {
        int[] widths = new int[max.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = TextWidth.truncate(row[c], max[c]);
                widths[c] = Math.max(widths[c], TextWidth.of(row[c]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                out.println(rule(widths));
            }
        }
    }

    private String line(String[] row, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            b.append(c == 0 ? "" : GAP).append(right[c] ? TextWidth.padLeft(row[c], widths[c])
                    : c == row.length - 1 ? row[c] : TextWidth.pad(row[c], widths[c]));
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
