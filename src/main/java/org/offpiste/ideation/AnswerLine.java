package org.offpiste.ideation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an answer, classified on its own: a heading, a list item, an "Idea 3:" label,
 * a fence, a rule, a table row, text or blank. Items carry the text after their marker.
 */
record AnswerLine(Kind kind, int indent, int level, boolean numbered, String content, String raw) {

    enum Kind { BLANK, HEADING, ITEM, LABEL, FENCE, RULE, TABLE, TEXT }

    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)\\s*#*\\s*");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})(?:[.)]|\\s+[-–—])(?:\\s+(.*)|\\s*)");
    private static final Pattern KEYCAP = Pattern.compile("(?:\\d|10)\\x{FE0F}?\\x{20E3}\\s*(.*)");
    private static final Pattern BOLD_NUMBER = Pattern.compile("(\\*\\*|__)(\\d{1,3})[.)]\\s*(.*)");
    private static final Pattern BULLET = Pattern.compile("([-*•●▪◦–+])\\s+(.*)");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(\\*\\*|__)?(?:idea|idée|idee|concept|option)\\s*(?:n°|no\\.?|#)?\\s*(\\d{1,2})\\s*(?:[:.)—–-]|\\*\\*\\s*[:—–-]?|$)(.*)");
    private static final Pattern RULE = Pattern.compile("([-*_])(\\s*\\1){2,}");
    private static final Pattern FENCE = Pattern.compile("(```|~~~)(.*)");

    static AnswerLine of(String raw) {
        String line = expandTabs(raw);
        String text = line.strip();
        int indent = indentOf(line);
        if (text.isEmpty()) {
            return new AnswerLine(Kind.BLANK, 0, 0, false, "", raw);
        }
        Matcher m = FENCE.matcher(text);
        if (m.matches()) {
            return new AnswerLine(Kind.FENCE, indent, 0, false, m.group(2).strip(), raw);
        }
        if (RULE.matcher(text).matches()) {
            return new AnswerLine(Kind.RULE, indent, 0, false, "", raw);
        }
        m = HEADING.matcher(text);
        if (m.matches() && indent < 4) {
            return new AnswerLine(Kind.HEADING, indent, m.group(1).length(), false, m.group(2), raw);
        }
        if (text.startsWith("|")) {
            return new AnswerLine(Kind.TABLE, indent, 0, false, text, raw);
        }
        m = LABEL.matcher(text);
        if (m.matches() && indent < 4) {
            String rest = m.group(3).strip();
            String marker = m.group(1);
            if (marker != null && rest.startsWith(marker)) {
                rest = rest.substring(2).strip();
            } else if (marker != null && rest.contains(marker)) {
                rest = marker + rest;
            }
            return new AnswerLine(Kind.LABEL, indent, 0, true, rest, raw);
        }
        m = BOLD_NUMBER.matcher(text);
        if (m.matches()) {
            return new AnswerLine(Kind.ITEM, indent, 0, true, boldNumbered(m.group(1), m.group(3)), raw);
        }
        m = NUMBERED.matcher(text);
        if (m.matches()) {
            return new AnswerLine(Kind.ITEM, indent, 0, true, nullToEmpty(m.group(2)), raw);
        }
        m = KEYCAP.matcher(text);
        if (m.matches()) {
            return new AnswerLine(Kind.ITEM, indent, 0, true, m.group(1), raw);
        }
        m = BULLET.matcher(text);
        if (m.matches()) {
            return new AnswerLine(Kind.ITEM, indent, 0, false, m.group(2), raw);
        }
        if (startsWithSymbol(text)) {
            int cut = text.indexOf(' ');
            if (cut > 0 && cut <= 3) {
                return new AnswerLine(Kind.ITEM, indent, 0, false, text.substring(cut).strip(), raw);
            }
        }
        return new AnswerLine(Kind.TEXT, indent, 0, false, text, raw);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** "**1. Title** — body" becomes "**Title** — body"; "**1.** Title" becomes "Title". */
    private static String boldNumbered(String marker, String rest) {
        String r = rest.strip();
        if (r.startsWith(marker)) {
            return r.substring(2).strip();
        }
        return marker + r;
    }

    private static boolean startsWithSymbol(String text) {
        int cp = text.codePointAt(0);
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE
                || (cp >= 0x2190 && cp <= 0x27BF);
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        return line.replace("\t", "    ");
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
