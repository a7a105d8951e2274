package org.offpiste.novelty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that set a group of ideas apart from the whole board: TF-IDF, where a word counts
 * once per idea of the group (a title's words twice) and is weighed by how rare it is among the
 * board's other ideas, log((2 + ideas outside) / (1 + those of them that use it)). Words are
 * matched without accents, case or a final "s", and shown as most often written; English and
 * French stop words never count. "Lanterns · night · lift".
 */
final class SalientWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*[\\p{L}\\p{M}]");
    private static final String SEPARATOR = " · ";
    private final Set<String> stopWords;

    SalientWords(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    /** With the English and French stop words of the resources. */
    static SalientWords standard() {
        Set<String> words = new HashSet<>();
        words.addAll(read("stopwords-en.txt"));
        words.addAll(read("stopwords-fr.txt"));
        return new SalientWords(words);
    }

    /** A group's name from its top words ("Lanterns · night · lift"); empty when no word stands out. */
    String name(Collection<IdeaText> group, Collection<IdeaText> board, int words) {
        List<String> top = top(group, board, words);
        if (top.isEmpty()) {
            return "";
        }
        String first = top.get(0);
        top.set(0, first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1));
        return String.join(SEPARATOR, top);
    }

    /** The group's {@code count} most salient words, as written most often. */
    List<String> top(Collection<IdeaText> group, Collection<IdeaText> board, int count) {
        Map<String, Integer> boardFrequency = new HashMap<>();
        for (IdeaText idea : board) {
            words(idea).keySet().forEach(k -> boardFrequency.merge(k, 1, Integer::sum));
        }
        Map<String, Double> weight = new TreeMap<>();
        Map<String, Integer> groupFrequency = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (IdeaText idea : group) {
            for (Map.Entry<String, Double> e : words(idea).entrySet()) {
                weight.merge(e.getKey(), e.getValue(), Double::sum);
                groupFrequency.merge(e.getKey(), 1, Integer::sum);
            }
            collectSpellings(idea, spellings);
        }
        int outside = Math.max(0, board.size() - group.size());
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            int elsewhere = Math.max(0, boardFrequency.getOrDefault(e.getKey(), 0) - groupFrequency.get(e.getKey()));
            double idf = Math.log((2.0 + outside) / (1.0 + elsewhere));
            scored.add(Map.entry(e.getKey(), e.getValue() * idf));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            if (out.size() == count || e.getValue() <= 0) {
                break;
            }
            out.add(spelling(spellings.get(e.getKey())));
        }
        return out;
    }

    /** Each matching key of an idea with its weight there: 2 when in the title, else 1. */
    private Map<String, Double> words(IdeaText idea) {
        Map<String, Double> out = new HashMap<>();
        for (String key : keys(idea.body())) {
            out.put(key, 1.0);
        }
        for (String key : keys(idea.title())) {
            out.put(key, 2.0);
        }
        return out;
    }

    private List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String key = key(m.group());
            if (key.length() > 2 && !stopWords.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private void collectSpellings(IdeaText idea, Map<String, Map<String, Integer>> spellings) {
        for (String text : List.of(idea.title(), idea.body() == null ? "" : idea.body())) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String written = elide(m.group().toLowerCase(Locale.ROOT));
                spellings.computeIfAbsent(key(written), k -> new TreeMap<>()).merge(written, 1, Integer::sum);
            }
        }
    }

    private static String spelling(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }

    /** Lower case, accents folded, a final "s" or "x" dropped from longer words. */
    static String key(String word) {
        String folded = elide(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", ""));
        if (folded.length() > 3 && (folded.endsWith("s") || folded.endsWith("x"))) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /** Without a French elision ("l'arbre" → "arbre"). */
    private static String elide(String word) {
        String plain = word.replace('’', '\'');
        int apostrophe = plain.indexOf('\'');
        return apostrophe >= 0 && apostrophe <= 2 ? plain.substring(apostrophe + 1) : plain;
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = SalientWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.trim().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(key(w));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
