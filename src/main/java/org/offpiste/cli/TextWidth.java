package org.offpiste.cli;

/**
 * How many terminal columns text takes: East Asian wide characters and emoji take two,
 * combining marks, joiners and variation selectors none. Good enough to keep table columns
 * aligned in a terminal; not a full Unicode grapheme implementation.
 */
final class TextWidth {
    private static final int ZWJ = 0x200D;
    private static final String ELLIPSIS = "…";

    private TextWidth() {
    }

    static int of(String s) {
        int width = 0;
        int previous = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += previous == ZWJ ? 0 : of(cp);
            previous = cp;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** {@code s} cut to at most {@code max} columns, ending with "…" when cut. */
    static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        int previous = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = previous == ZWJ ? 0 : of(cp);
            if (w > 0 && width + w > max - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            previous = cp;
            i += Character.charCount(cp);
        }
        if (previous == ZWJ) {
            out.setLength(out.length() - 1);
        }
        return out + ELLIPSIS;
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** {@code s} after spaces up to {@code width} columns (numbers). */
    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }

    /** One line, no control or direction-override characters: safe to print in a table cell. */
    static String cell(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 512));
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean blank = Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL;
            if (blank) {
                space = out.length() > 0;
            } else if (!isDirectionControl(cp)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
            if (out.length() > 400) {
                break;
            }
        }
        return out.toString();
    }

    private static boolean isDirectionControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0100 && cp <= 0xE01EF) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F
                || cp >= 0x2E80 && cp <= 0x303E
                || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF
                || cp >= 0x4E00 && cp <= 0x9FFF
                || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F680 && cp <= 0x1F6FF
                || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x1FA70 && cp <= 0x1FAFF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
