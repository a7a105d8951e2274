package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts Markdown into top-level chunks that render alone as they would together: a chunk starts at
 * a line that follows a blank line, begins at the margin (not indented) and is not inside a fenced
 * code block. A streaming answer only ever grows its last chunk or starts a new one, so the chunks
 * before it are finished: parsed and painted once.
 */
final class MarkdownChunks {
    private MarkdownChunks() {
    }

    /**
     * The offsets where chunks start in {@code text}, scanning from {@code from} (itself the start
     * of a chunk, 0 or an offset this method returned for a text that {@code text} extends).
     */
    static List<Integer> starts(String text, int from) {
        List<Integer> starts = new ArrayList<>();
        starts.add(from);
        boolean afterBlank = false;
        char fence = 0;
        int fenceLength = 0;
        int i = from;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            boolean complete = eol >= 0;
            int end = complete ? eol : text.length();
            boolean blank = isBlank(text, i, end);
            if (fence == 0 && afterBlank && !blank && i > from && !Character.isWhitespace(text.charAt(i))) {
                starts.add(i);
            }
            if (complete && !blank) {
                int indent = 0;
                while (indent < 3 && i + indent < end && text.charAt(i + indent) == ' ') {
                    indent++;
                }
                int at = i + indent;
                char c = at < end ? text.charAt(at) : 0;
                int run = 0;
                while (at + run < end && text.charAt(at + run) == c) {
                    run++;
                }
                if ((c == '`' || c == '~') && run >= 3) {
                    if (fence == 0) {
                        fence = c;
                        fenceLength = run;
                    } else if (c == fence && run >= fenceLength && isBlank(text, at + run, end)) {
                        fence = 0;
                    }
                }
            }
            afterBlank = blank;
            i = complete ? eol + 1 : end;
        }
        return starts;
    }

    /** The chunks of {@code text} as strings. */
    static List<String> split(String text) {
        List<Integer> starts = starts(text, 0);
        List<String> out = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            out.add(text.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : text.length()));
        }
        return out;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
