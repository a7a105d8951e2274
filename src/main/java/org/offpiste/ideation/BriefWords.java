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
            "the", "and", "for", "with", "of", "to", "in", "on", "at", "by", "an", "is", "it", "or", "as", "be",
            "we", "us", "my", "no", "so", "up", "do",
            "des", "les", "une", "aux", "pour", "sur", "par", "dans", "de", "la", "le", "du", "un", "au", "en",
            "et", "ou", "il", "se", "ne", "sa", "ce", "ma", "me", "te", "l", "d", "s");
    private final Set<String> stems;

    private BriefWords(Set<String> stems) {
        this.stems = stems;
    }

    static BriefWords of(Brief brief) {
        Set<String> stems = new HashSet<>();
        brief.values().values().forEach(text -> stems.addAll(stems(text)));
        return new BriefWords(stems);
    }

    /** True if any significant word of {@code phrase} also appears in the brief, in any simple plural form. */
    boolean sharesWordWith(String phrase) {
        return stems(phrase).stream().anyMatch(stems::contains);
    }

    /** The significant words of {@code text}, folded, each with its forms without a plural ending. */
    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2 && !STOP_WORDS.contains(word)) {
                out.add(word);
                if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))) {
                    out.add(word.substring(0, word.length() - 1));
                }
                if (word.length() > 4 && word.endsWith("es")) {
                    out.add(word.substring(0, word.length() - 2));
                }
            }
        }
        return out;
    }
}
