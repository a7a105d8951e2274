package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns an item's lines into its body, as Markdown: paragraphs at column 0, one blank line
 * between them, sub-bullets indented by four spaces per level whatever the model used.
 */
final class ExtractBody {

    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-*+•◦▪–]|\\d{1,3}[.)])\\s.*");

    private ExtractBody() {
    }

    /**
     * The body made of {@code first} (the rest of the title line, already at column 0) and the
     * following raw lines.
     */
    static String of(String first, List<String> lines) {
        List<String> rest = new ArrayList<>(lines.size());
        TreeSet<Integer> listIndents = new TreeSet<>();
        for (String raw : lines) {
            String line = AnswerLine.expandTabs(raw).stripTrailing();
            rest.add(line);
            if (LIST_ITEM.matcher(line).matches()) {
                listIndents.add(indent(line));
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
            int depth = listIndents.contains(indent(line)) ? listIndents.headSet(indent(line)).size() : 0;
            out.append("    ".repeat(depth)).append(line.strip());
            blank = false;
        }
        return out.toString().strip();
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
