package org.offpiste.ranking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The criteria a brief's success criteria text names: one per line, bullet ("-", "*", "•"),
 * numbered item ("1.", "2)") or semicolon; trimmed; blank and duplicate ones (case and accents
 * ignored) dropped. A text that is one sentence listing several criteria with commas ("Ticket sales,
 * share of first-time visitors, people who come back") names one criterion per comma-separated part;
 * a comma followed by a digit ("1,000 visitors") does not split, and a final full stop is dropped.
 */
final class CriteriaLines {
    private static final Pattern SPLIT = Pattern.compile("[\\r\\n;]+");
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:[-*+](?=\\s|$)|[•·‣◦▪]|\\(?\\d{1,3}[.)](?=\\s)|[a-zA-Z][.)](?=\\s))\\s*");
    private static final Pattern COMMA = Pattern.compile(",\\s+(?!\\d)");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private CriteriaLines() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        String[] parts = SPLIT.split(text.strip());
        if (parts.length == 1) {
            parts = COMMA.split(parts[0].strip().replaceFirst("\\.$", ""));
        }
        for (String part : parts) {
            String line = part.strip();
            String previous;
            do {
                previous = line;
                line = MARKER.matcher(line).replaceFirst("").strip();
            } while (!line.equals(previous));
            if (!line.isEmpty() && seen.add(key(line))) {
                out.add(line);
            }
        }
        return out;
    }

    /** A name as compared: lower case, without accents, spaces folded. */
    static String key(String name) {
        String plain = ACCENTS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
