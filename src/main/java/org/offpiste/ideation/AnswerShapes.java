package org.offpiste.ideation;

import java.util.regex.Pattern;

/** What a single line of an answer looks like: a bold line, a header, a facet-led title. */
final class AnswerShapes {

    private static final Pattern BOLD_LINE = Pattern.compile("(\\*\\*|__)[^*_]+(\\*\\*|__)");
    private static final Pattern BOLD_HEADER = Pattern.compile("(\\*\\*|__)[^*_]+(\\*\\*|__):?");

    private static final Pattern BOLD_LED = Pattern.compile(
            "(\\*\\*|__)([^*_]+)\\1\\s*(?:\\([^)]*\\)\\s*)?(?:—|–|-|:|：)\\s*\\S.*");

    private AnswerShapes() {
    }

    /** A line that is all bold: "**Like this**". */
    static boolean isBoldLine(String s) {
        return BOLD_LINE.matcher(s).matches();
    }

    /**
     * The bold title of a paragraph that starts with one ("**The Glow Minute** — body",
     * "**Fix It Live:** body"), when it has at least two words and is not a field label; else null.
     */
    static String boldLead(String s) {
        java.util.regex.Matcher m = BOLD_LED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String inner = m.group(2).strip();
        return inner.split("\\s+").length >= 2 && !AnswerWords.isLabel(inner) ? inner : null;
    }

    /** Whether an unindented bold bullet after a numbered item starts a list of its own, rather than a sub-point. */
    static boolean startsNewList(String content) {
        ExtractTitle.Parsed p = ExtractTitle.parse(content);
        return p.facet().isEmpty() && !AnswerWords.isLabel(p.title());
    }
    static boolean isIntro(String t) {
        String s = t.strip();
        boolean boldOnly = BOLD_HEADER.matcher(s).matches();
        boolean colon = s.endsWith(":") || s.endsWith("：");
        return (boldOnly || colon) && !AnswerWords.isLabel(s);
    }
    static boolean facetLed(String content) {
        if (!ExtractFacet.mayStartWithOperator(content)) {
            return false;
        }
        ExtractTitle.Parsed p = ExtractTitle.parse(content);
        return !p.facet().isEmpty() && ExtractFacet.isOperator(p.facet());
    }
}
