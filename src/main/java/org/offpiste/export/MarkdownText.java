package org.offpiste.export;

import java.util.regex.Pattern;

/**
 * Puts text into Markdown so that it stays text: whatever a title or body holds (Markdown
 * syntax, HTML, a pipe, a newline) is escaped and renders as the characters it was.
 */
final class MarkdownText {
    /** Escaped wherever they are: what starts emphasis, code, links, HTML, entities, tables, headings. */
    private static final String SPECIAL = "\\`*_[]<>#|~&!";
    private static final Pattern ORDERED = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern BREAKS = Pattern.compile("\\r\\n|\\r|\\n");

    private MarkdownText() {
    }

    /** One line: whitespace runs (newlines and tabs too) become one space; escaped. */
    static String line(String text) {
        return startOfLine(inline(text.strip().replaceAll("\\s+", " ")));
    }

    /**
     * A body: its lines kept (a hard line break each), blank lines as paragraph breaks, each line
     * escaped and without leading indentation (which Markdown would read as code).
     */
    static String block(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String raw : BREAKS.split(text.strip(), -1)) {
            String l = raw.strip();
            if (l.isEmpty()) {
                blank = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\\\n");
            }
            out.append(startOfLine(inline(l)));
            blank = false;
        }
        return out.toString();
    }

    private static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A line that would start a list, a setext underline or an ordered list gets its marker escaped. */
    private static String startOfLine(String s) {
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith("=")) {
            return "\\" + s;
        }
        java.util.regex.Matcher m = ORDERED.matcher(s);
        return m.find() ? m.group(1) + "\\" + m.group(2) + s.substring(m.end()) : s;
    }
}
