package org.offpiste.ideation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.offpiste.brief.Brief;

/**
 * The words of a brief, folded (case, accents, simple plurals), so a stimulus word can be kept
 * far from the topic: "Umbrella" is refused for a brief about umbrellas, "télésiège" for one
 * about "Télésièges".
 */
final class BriefWords {
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "des", "les", "une", "aux", "pour", "sur", "par", "dans");
    private final Set<String> stems;

    private BriefWords(Set<String> stems) {
        this.stems = stems;
    }

    static BriefWords of(Brief brief) {
        Set<String> stems = new HashSet<>();
        brief.values().values().forEach(text -> stems.addAll(stems(text)));
        return new BriefWords(stems);
    }

    /** True if any significant word of {@code phrase} also appears in the brief. */
    boolean sharesWordWith(String phrase) {
        return stems(phrase).stream().anyMatch(stems::contains);
    }

    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                out.add(stem(word));
            }
        }
        return out;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
