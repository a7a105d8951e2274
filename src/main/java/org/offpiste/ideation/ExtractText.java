package org.offpiste.ideation;

import java.util.regex.Pattern;

/** Small text chores of the extraction: cleaning a title, finding a separator, joining paragraphs. */
final class ExtractText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^(?:[—–:.\\-]+|\\*\\*[:—–-]\\*\\*)\\s*");
    private static final Pattern LEADING_EMPHASIS = Pattern.compile("^(\\*\\*|__)");
    private static final Pattern LEADING_SYMBOL = Pattern.compile("^\\p{So}\\x{FE0F}?\\s*");
    private static final String[] SEPARATORS = {" — ", " – ", " —", ": ", " : ", " - ", " -- "};

    private ExtractText() {
    }

    /** The text without a leading emoji or symbol ("🦴 1. Title" → "1. Title"). */
    static String withoutSymbol(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.getType(t.codePointAt(0)) == Character.OTHER_SYMBOL
                ? LEADING_SYMBOL.matcher(t).replaceFirst("") : t;
    }

    /** A title without emphasis, wrapping quotes, trailing punctuation or doubled spaces. */
    static String clean(String title) {
        String t = title.indexOf('*') >= 0 || title.indexOf('_') >= 0
                ? title.replace("**", "").replace("__", "") : title;
        t = SPACES.matcher(t).find() ? collapseSpaces(t) : t;
        t = trimChars(t, "*_` ", "*_` :：—–-");
        t = unquote(trimChars(t, "*_` ", "*_` "));
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.isEmpty() && Character.getType(t.codePointAt(0)) == Character.OTHER_SYMBOL) {
            t = LEADING_SYMBOL.matcher(t).replaceFirst("");
        }
        return t.strip();
    }
    static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }
    static String trimChars(String s, String fromStart, String fromEnd) {
        int a = 0;
        int z = s.length();
        while (a < z && fromStart.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (z > a && fromEnd.indexOf(s.charAt(z - 1)) >= 0) {
            z--;
        }
        return s.substring(a, z);
    }
    static String unquote(String t) {
        String[][] pairs = {{"\"", "\""}, {"“", "”"}, {"«", "»"}, {"‘", "’"}, {"'", "'"}};
        for (String[] p : pairs) {
            String inner = t.length() > 1 && t.startsWith(p[0]) && t.endsWith(p[1]) ? t.substring(1, t.length() - 1) : null;
            if (inner != null && !inner.contains(p[0]) && !inner.contains(p[1])) {
                return inner.strip();
            }
            if (t.startsWith(p[0]) && t.indexOf(p[1], 1) < 0 && !p[0].equals("'")) {
                return t.substring(1).strip();
            }
        }
        return t;
    }
    static String join(String a, String b) {
        if (a.isBlank()) {
            return b.strip();
        }
        return b.isBlank() ? a.strip() : a.strip() + "\n\n" + b.strip();
    }
    static int separatorAt(String s) {
        int best = -1;
        for (String sep : SEPARATORS) {
            int i = s.indexOf(sep);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
    static String stripLeadingSeparator(String body) {
        return LEADING_SEPARATOR.matcher(body).replaceFirst("").strip();
    }
    static String stripEmphasis(String s) {
        return LEADING_EMPHASIS.matcher(s.strip()).replaceFirst("");
    }
}
