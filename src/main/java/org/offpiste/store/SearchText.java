package org.offpiste.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a full-text query that cannot fail: the text is cut into words the
 * way SQLite's tokenizer ({@code unicode61}) cuts it, each word becomes a prefix term and the terms
 * are ANDed, so search syntax in the text is just text. In a project file the FTS5 tokenizer folds
 * accents and case ({@code remove_diacritics 2}); on PostgreSQL the text is folded here, for the
 * index ({@link #document}) and the query alike, and only words of letters and digits reach
 * {@code to_tsvector}/{@code to_tsquery}.
 */
final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    /** The FTS5 MATCH expression ({@code "word"* AND …}), or "" when the text holds no word to search for. */
    static String match(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : words(text)) {
            terms.add('"' + word + "\"*");
        }
        return String.join(" AND ", terms);
    }

    /** The query text for {@link Dialect#ftsMatch}, or "" when the text holds no word to search for. */
    static String match(Dialect dialect, String text) {
        if (dialect == Dialect.SQLITE) {
            return match(text);
        }
        List<String> terms = new ArrayList<>();
        for (String word : words(fold(text))) {
            terms.add(word + ":*");
        }
        return String.join(" & ", terms);
    }

    /** The indexed text of an idea on PostgreSQL: its distinct folded words, space-separated. */
    static String document(String title, String body, String tags) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : new String[] {title, body, tags}) {
            words.addAll(words(fold(part)));
        }
        return String.join(" ", words);
    }

    /** Lower case without accents ("Télésiège" → "telesiege"), as FTS5's {@code remove_diacritics 2} sees it. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
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
