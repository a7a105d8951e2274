package org.offpiste.ideation;

import java.util.List;
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

    private static final List<String> OPERATORS = List.of("substitute", "combine", "adapt", "modify", "magnify",
            "put to other uses", "put to another use", "other uses", "eliminate", "reverse", "rearrange",
            "bigger", "stranger", "simpler", "substituer", "remplacer", "combiner", "adapter", "modifier",
            "magnifier", "proposer d'autres usages", "autres usages", "détourner", "detourner", "éliminer",
            "eliminer", "supprimer", "inverser", "renverser", "réorganiser", "reorganiser", "plus grand",
            "plus étrange", "plus etrange", "plus simple", "plus gros", "plus bizarre", "plus fou");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]{2,40})\\]\\s*(.*)");
    private static final Pattern MARKER = Pattern.compile(
            "(?i).*(long shot|long-shot|longshot|p\\s*[≈=~<>]|probab|pari\\b|moonshot|coup de poker).*");
    private static final Pattern TRAILING_PROBABILITY = Pattern.compile(
            "(?i)\\s*[—–-]\\s*(probabilit[yé]|p\\s*[≈=~])[^—–]*$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "(?i)(?:(?:idea|idée|idee|concept|option)\\s*#?\\s*)?\\d{1,2}\\s*[.):—–-]\\s*(.*)");
    private static final String[] SEPARATORS = {" — ", " – ", " —", ": ", " : ", " - ", " -- "};

    private ExtractTitle() {
    }

    /** Whether a heading's text starts with a number or "Idea 2". */
    static boolean isNumbered(String heading) {
        return NUMBER_PREFIX.matcher(stripEmphasis(heading)).matches();
    }

    /** The heading's text without its "1." or "Idea 2 —" prefix. */
    static String withoutNumber(String heading) {
        String h = heading.strip();
        String bold = h.startsWith("**") ? "**" : "";
        Matcher m = NUMBER_PREFIX.matcher(bold.isEmpty() ? h : h.substring(2));
        return m.matches() ? bold + m.group(1) : h;
    }

    static Parsed parse(String content) {
        String s = content.strip();
        String facet = "";
        for (int round = 0; round < 3; round++) {
            String op = leadingOperator(s);
            if (op != null) {
                facet = op;
                s = afterOperator(s);
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
            int sep = separatorAt(s);
            if (sep > 80 || (sep > 0 && s.substring(0, sep).split("\\s+").length > 12)) {
                sep = -1;
            }
            title = sep < 0 ? s : s.substring(0, sep);
            body = sep < 0 ? "" : s.substring(sep).strip();
        }
        String inner = leadingOperator(title);
        if (inner != null && facet.isEmpty()) {
            facet = inner;
            title = afterOperator(title);
        }
        if (body.startsWith("(")) {
            int close = body.indexOf(')');
            if (close > 0) {
                title = title.strip() + " " + body.substring(0, close + 1);
                body = body.substring(close + 1).strip();
            }
        }
        body = stripLeadingSeparator(body);
        return finish(title, body, facet);
    }

    private static Parsed finish(String rawTitle, String body, String facet) {
        String title = clean(rawTitle);
        String sentence = rawTitle.replace("**", "").replace("__", "").replaceAll("\\s+", " ").strip();
        Matcher p = TRAILING_PROBABILITY.matcher(title);
        if (p.find()) {
            body = join(body, title.substring(p.start()).replaceFirst("^\\s*[—–-]\\s*", ""));
            title = title.substring(0, p.start()).strip();
        }
        if (title.endsWith(")")) {
            int open = title.lastIndexOf('(');
            if (open > 0) {
                String inside = title.substring(open + 1, title.length() - 1).strip();
                title = clean(title.substring(0, open));
                if (MARKER.matcher(inside).matches()) {
                    body = join(body, "(" + inside + ")");
                } else if (facet.isEmpty()) {
                    facet = inside;
                }
            }
        }
        if (title.length() > LONG_TITLE) {
            body = join(sentence, body);
            title = firstClause(title);
        }
        return new Parsed(title, body, clean(facet));
    }

    /** The first clause of a long sentence, as its title. */
    static String firstClause(String sentence) {
        Matcher m = Pattern.compile("[.;:!?](\\s|$)|,\\s| — | – ").matcher(sentence);
        int end = m.find() && m.start() >= 12 ? m.start() : -1;
        if (end < 0 || end > LONG_TITLE) {
            int cut = sentence.lastIndexOf(' ', 90);
            end = cut > 20 ? cut : Math.min(90, sentence.length());
        }
        return clean(sentence.substring(0, end));
    }

    private static String leadingOperator(String s) {
        String bold = boldOperator(s);
        if (bold != null) {
            return bold;
        }
        String t = stripEmphasis(s);
        Matcher b = BRACKET.matcher(t);
        if (b.matches() && isOperator(b.group(1))) {
            return b.group(1).strip();
        }
        int sep = separatorAt(t);
        if (sep > 0 && sep < 40) {
            String head = t.substring(0, sep).strip();
            if (isOperator(head)) {
                return head;
            }
        }
        return null;
    }

    /** The text after a leading operator, keeping the emphasis that wraps the rest. */
    private static String afterOperator(String s) {
        String t = s.strip();
        if (boldOperator(t) != null) {
            return stripLeadingSeparator(t.substring(t.indexOf("**", 2) + 2).strip());
        }
        boolean bold = t.startsWith("**");
        String u = bold ? t.substring(2) : t;
        int cut = u.startsWith("[") ? u.indexOf(']') + 1 : separatorAt(u);
        String rest = u.substring(cut).strip();
        if (bold && rest.startsWith("**")) {
            return stripLeadingSeparator(rest.substring(2).strip());
        }
        rest = stripLeadingSeparator(rest);
        return bold && rest.contains("**") ? "**" + rest : rest;
    }

    /** "**Substitute:** rest" or "**[Eliminate]** rest": the operator alone in bold, before more text. */
    private static String boldOperator(String s) {
        String t = s.strip();
        int close = t.startsWith("**") ? t.indexOf("**", 2) : -1;
        if (close < 0 || t.substring(close + 2).isBlank()) {
            return null;
        }
        String inner = t.substring(2, close).strip().replaceAll("[:：—–\\-]+$", "").strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return isOperator(inner) ? inner.strip() : null;
    }

    static boolean isOperator(String text) {
        String t = AnswerWords.plain(text).replaceAll("\\s*/\\s*", "/");
        String first = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
        return OPERATORS.contains(first.strip());
    }

    private static int separatorAt(String s) {
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
        return body.replaceFirst("^(?:[—–:.\\-]+|\\*\\*[:—–-]\\*\\*)\\s*", "").strip();
    }

    private static String stripEmphasis(String s) {
        return s.strip().replaceFirst("^(\\*\\*|__)", "");
    }

    /** A title without emphasis, wrapping quotes, trailing punctuation or doubled spaces. */
    static String clean(String title) {
        String t = title.replace("**", "").replace("__", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[*_`\\s]+|[*_`\\s]+$", "");
        t = t.replaceAll("[\\s:：—–\\-]+$", "").strip();
        t = unquote(t.replaceAll("^[*_`\\s]+|[*_`\\s]+$", ""));
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.replaceAll("^\\p{So}\\x{FE0F}?\\s*", "").strip();
    }

    private static String unquote(String t) {
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

    private static String join(String a, String b) {
        if (a.isBlank()) {
            return b.strip();
        }
        return b.isBlank() ? a.strip() : a.strip() + "\n\n" + b.strip();
    }
}
