package org.offpiste.board;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tag rules: trimmed, inner white space collapsed, case-insensitively unique, sorted. */
public final class Tags {
    private Tags() {
    }

    public static String normalise(String tag) {
        return tag == null ? "" : tag.strip().replaceAll("\\s+", " ").replaceFirst("^#", "");
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
        Collator c = Collator.getInstance(Locale.ROOT);
        c.setStrength(Collator.SECONDARY);
        out.sort(c);
        return out;
    }

    /** Splits "a; b;c" (the CSV and command-line form) into tags. */
    public static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : normalise(List.of(joined.split(";")));
    }

    public static String join(List<String> tags) {
        return String.join(";", tags);
    }
}
