package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;

/** Turns an item's lines into its body: common indentation removed, one blank line between paragraphs. */
final class ExtractBody {

    private ExtractBody() {
    }

    /**
     * The body made of {@code first} (the rest of the title line, already at column 0) and the
     * following raw lines.
     */
    static String of(String first, List<String> lines) {
        List<String> rest = new ArrayList<>();
        int min = Integer.MAX_VALUE;
        for (String raw : lines) {
            String line = AnswerLine.expandTabs(raw).stripTrailing();
            rest.add(line);
            if (!line.isBlank()) {
                min = Math.min(min, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder out = new StringBuilder(first.strip());
        boolean blank = false;
        for (String line : rest) {
            if (line.isBlank()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(line.substring(Math.min(min, line.length())));
            blank = false;
        }
        return out.toString().strip();
    }
}
