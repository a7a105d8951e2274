package org.offpiste.export.pdf;

import java.util.List;

/** One line of text, already cut into font runs, with its width in points. */
public record Line(List<PdfFonts.Run> runs, TextStyle style, float width) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** The text of the line, as a reader would extract it. */
    public String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
