package org.offpiste.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person typed into an FTS5 query that cannot fail: each word becomes a quoted
 * prefix term ({@code "word"*}) and the terms are ANDed, so FTS syntax in the text is just text.
 * Accents and case are folded by the index's tokenizer ({@code unicode61 remove_diacritics 2}).
 */
final class SearchText {
    private SearchText() {
    }

    /** The MATCH expression, or "" when the text holds no word to search for. */
    static String match(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        return String.join(" AND ", terms);
    }
}
