package org.offpiste.board;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Tag rules: trimmed, inner white space collapsed, case-insensitively unique, sorted. */
public final class Tags {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Alphabetical, ignoring case and accents, then exact text as a tie-break. */
    private static final Comparator<String> ORDER = Comparator.comparing(Tags::sortKey).thenComparing(Comparator.naturalOrder());

    private Tags() {
    }

    public static String normalise(String tag) {
        if (tag == null) {
            return "";
        }
        String t = SPACES.matcher(tag.strip()).replaceAll(" ");
        return t.startsWith("#") ? t.substring(1).strip() : t;
    }

    public static List<String> normalise(Collection<String> tags) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String t : tags) {
            String n = normalise(t);
            if (!n.isEmpty()) {
                unique.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
            }
        }
        List<String> out = new ArrayList<>(unique.values());
        if (out.size() > 1) {
            out.sort(ORDER);
        }
        return out;
    }

    private static String sortKey(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        boolean ascii = lower.chars().allMatch(ch -> ch < 128);
        return ascii ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Splits "a; b;c" (the CSV and command-line form) into tags. */
    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : normalise(List.of(joined.split(";")));
    }

    public static String join(List<String> tags) {
        return String.join(";", tags);
    }
}
