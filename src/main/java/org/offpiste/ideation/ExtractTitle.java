package org.offpiste.ideation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the first line of an item into title, the start of its body and its facet: a SCAMPER
 * operator or a "bigger / stranger / simpler" variant before the title, a persona, petal or
 * combination in parentheses after it. Long-shot and probability markers leave the title.
 */
final class ExtractTitle {

    record Parsed(String title, String body, String facet) {
    }

    static final int LONG_TITLE = 120;

    private static final Pattern MARKER = Pattern.compile(
            "(?i).*(long shot|long-shot|longshot|p\\s*[≈=~<>]|probab|pari\\b|moonshot|coup de poker).*");
    private static final Pattern TRAILING_PROBABILITY = Pattern.compile(
            "(?i)\\s*[—–-]\\s*(probabilit[yé]|p\\s*[≈=~])[^—–]*$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "(?i)(?:(?:idea|idée|idee|concept|option)\\s*#?\\s*\\d{1,2}(?:\\s*[.):—–-]\\s*|\\s*$)|\\d{1,2}\\s*[.):—–-]\\s*)(.*)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DASH = Pattern.compile("^\\s*[—–-]\\s*");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?](\\s|$)|,\\s| — | – ");

    private ExtractTitle() {
    }

    /** Whether a heading's text starts with a number or "Idea 2". */
    static boolean isNumbered(String heading) {
        return NUMBER_PREFIX.matcher(ExtractText.stripEmphasis(ExtractText.withoutSymbol(heading))).matches();
    }

    /** The heading's text without its "1." or "Idea 2 —" prefix. */
    static String withoutNumber(String heading) {
        String h = ExtractText.withoutSymbol(heading.strip());
        String bold = h.startsWith("**") ? "**" : "";
        Matcher m = NUMBER_PREFIX.matcher(bold.isEmpty() ? h : h.substring(2));
        return m.matches() ? bold + (m.group(1) == null ? "" : m.group(1)) : h;
    }

    static Parsed parse(String content) {
        String s = content.strip();
        String facet = "";
        for (int round = 0; round < 3; round++) {
            String op = ExtractFacet.leadingOperator(s);
            if (op != null) {
                facet = op;
                s = ExtractFacet.afterOperator(s);
                continue;
            }
            break;
        }
        String title;
        String body;
        String emphasis = s.startsWith("**") ? "**" : s.startsWith("__") ? "__" : null;
        if (emphasis != null) {
            int close = s.indexOf(emphasis, 2);
            title = close < 0 ? s.substring(2) : s.substring(2, close);
            body = close < 0 ? "" : s.substring(close + 2).strip();
        } else {
            int sep = ExtractText.separatorAt(s);
            if (sep > 80 || (sep > 0 && SPACES.split(s.substring(0, sep)).length > 12)) {
                sep = -1;
            }
            title = sep < 0 ? s : s.substring(0, sep);
            body = sep < 0 ? "" : s.substring(sep).strip();
        }
        String inner = ExtractFacet.leadingOperator(title);
        if (inner != null && facet.isEmpty()) {
            facet = inner;
            title = ExtractFacet.afterOperator(title);
        }
        if (body.startsWith("(")) {
            int close = body.indexOf(')');
            if (close > 0) {
                title = title.strip() + " " + body.substring(0, close + 1);
                body = body.substring(close + 1).strip();
            }
        }
        body = ExtractText.stripLeadingSeparator(body);
        return finish(title, body, facet);
    }

    private static Parsed finish(String rawTitle, String body, String facet) {
        String title = ExtractText.clean(rawTitle);
        String sentence = SPACES.matcher(rawTitle.replace("**", "").replace("__", "")).replaceAll(" ").strip();
        Matcher p = TRAILING_PROBABILITY.matcher(title);
        if (p.find()) {
            body = marked("(" + LEADING_DASH.matcher(title.substring(p.start())).replaceFirst("").strip() + ")", body);
            title = title.substring(0, p.start()).strip();
        }
        if (title.endsWith(")")) {
            int open = title.lastIndexOf('(');
            if (open > 0) {
                String inside = title.substring(open + 1, title.length() - 1).strip();
                title = ExtractText.clean(title.substring(0, open));
                if (MARKER.matcher(inside).matches()) {
                    body = marked("(" + inside + ")", body);
                } else if (facet.isEmpty()) {
                    facet = inside;
                }
            }
        }
        if (title.length() > LONG_TITLE) {
            body = ExtractText.join(sentence, body);
            title = firstClause(title);
        }
        return new Parsed(title, body, ExtractText.clean(facet));
    }

    /** The body, led by a long-shot or probability marker taken from the title. */
    private static String marked(String marker, String body) {
        return body.isBlank() ? marker : marker + " " + body;
    }

    /** The first clause of a long sentence, as its title. */
    static String firstClause(String sentence) {
        Matcher m = CLAUSE_END.matcher(sentence);
        int end = m.find() && m.start() >= 12 ? m.start() : -1;
        if (end < 0 || end > LONG_TITLE) {
            int cut = sentence.lastIndexOf(' ', 90);
            end = cut > 20 ? cut : Math.min(90, sentence.length());
        }
        return ExtractText.clean(sentence.substring(0, end));
    }

}
