package org.offpiste.ideation;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The facet written before a title: a SCAMPER operator ("[Eliminate]", "**Substitute:**",
 * "Éliminer :") or a Build-on variant ("Bigger —", "Plus simple :"), in English and French.
 */
final class ExtractFacet {

    private static final List<String> OPERATORS = List.of("substitute", "combine", "adapt", "modify", "magnify",
            "put to other uses", "put to another use", "other uses", "eliminate", "reverse", "rearrange",
            "bigger", "stranger", "simpler", "substituer", "remplacer", "combiner", "adapter", "modifier",
            "magnifier", "proposer d'autres usages", "autres usages", "détourner", "detourner", "éliminer",
            "eliminer", "supprimer", "inverser", "renverser", "réorganiser", "reorganiser", "plus grand",
            "plus étrange", "plus etrange", "plus simple", "plus gros", "plus bizarre", "plus fou");
    private static final Set<String> OPERATOR_WORDS = OPERATORS.stream()
            .map(o -> o.split("[ /']")[0]).collect(Collectors.toUnmodifiableSet());
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]{2,40})\\]\\s*(.*)");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[:：—–\\-]+$");

    private ExtractFacet() {
    }

    /** Whether the text's first word starts an operator's name: a cheap test before the real one. */
    static boolean mayStartWithOperator(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && "*_[ ".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i > start && OPERATOR_WORDS.contains(s.substring(start, i).toLowerCase(java.util.Locale.ROOT));
    }
    static String leadingOperator(String s) {
        if (!mayStartWithOperator(s)) {
            return null;
        }
        String bold = boldOperator(s);
        if (bold != null) {
            return bold;
        }
        String t = ExtractText.stripEmphasis(s);
        Matcher b = BRACKET.matcher(t);
        if (b.matches() && isOperator(b.group(1))) {
            return b.group(1).strip();
        }
        int sep = ExtractText.separatorAt(t);
        if (sep > 0 && sep < 40) {
            String head = t.substring(0, sep).strip();
            if (isOperator(head)) {
                return head;
            }
        }
        return null;
    }
    /** The text after a leading operator, keeping the emphasis that wraps the rest. */
    static String afterOperator(String s) {
        String t = s.strip();
        if (boldOperator(t) != null) {
            return ExtractText.stripLeadingSeparator(t.substring(t.indexOf("**", 2) + 2).strip());
        }
        boolean bold = t.startsWith("**");
        String u = bold ? t.substring(2) : t;
        int cut = u.startsWith("[") ? u.indexOf(']') + 1 : ExtractText.separatorAt(u);
        String rest = u.substring(cut).strip();
        if (bold && rest.startsWith("**")) {
            return ExtractText.stripLeadingSeparator(rest.substring(2).strip());
        }
        rest = ExtractText.stripLeadingSeparator(rest);
        return bold && rest.contains("**") ? "**" + rest : rest;
    }
    /** "**Substitute:** rest" or "**[Eliminate]** rest": the operator alone in bold, before more text. */
    static String boldOperator(String s) {
        String t = s.strip();
        int close = t.startsWith("**") ? t.indexOf("**", 2) : -1;
        if (close < 0 || t.substring(close + 2).isBlank()) {
            return null;
        }
        String inner = TRAILING_SEPARATOR.matcher(t.substring(2, close).strip()).replaceAll("").strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return isOperator(inner) ? inner.strip() : null;
    }
    static boolean isOperator(String text) {
        String t = SLASH.matcher(AnswerWords.plain(text)).replaceAll("/");
        String first = t.contains("/") ? t.substring(0, t.indexOf('/')) : t;
        return OPERATORS.contains(first.strip());
    }
}
