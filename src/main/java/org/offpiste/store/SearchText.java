package org.offpiste.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person typed into an FTS5 query that cannot fail: the text is cut into words the
 * way the index's tokenizer ({@code unicode61}) cuts it, each word becomes a quoted prefix term
 * ({@code "word"*}) and the terms are ANDed, so FTS syntax in the text is just text. Accents and
 * case are folded by the tokenizer ({@code remove_diacritics 2}).
 */
final class SearchText {
    private SearchText() {
    }

    /** The MATCH expression, or "" when the text holds no word to search for. */
    static String match(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            terms.add('"' + word + "\"*");
        }
        return String.join(" AND ", terms);
    }

    /** Text as the index should see it: composed accents (a decomposed "é" would split the word). */
    static String indexable(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The words of {@code text}: runs of letters, numbers and private-use characters (unicode61's "L* N* Co"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        indexable(text).codePoints().forEach(cp -> {
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || type == Character.PRIVATE_USE;
    }
}
