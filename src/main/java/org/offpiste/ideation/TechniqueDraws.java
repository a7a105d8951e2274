package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.offpiste.brief.Brief;

/**
 * Draws at random what a round needs: a stimulus word sharing no word with the brief, three
 * distinct ordinary personas, or one extra constraint. A new draw avoids what the previous one
 * gave. The random generator is injected, so a seed makes every draw repeatable.
 */
public final class TechniqueDraws {
    static final int PERSONA_COUNT = 3;
    private final TechniqueLibrary library;
    private final RandomGenerator random;

    public TechniqueDraws(TechniqueLibrary library, RandomGenerator random) {
        this.library = library;
        this.random = random;
    }

    /** A fresh draw for {@code kind}, in the language of {@code locale}, different from {@code previous}. */
    public Draw draw(DrawKind kind, Brief brief, Locale locale, Draw previous) {
        switch (kind) {
            case WORD:
                return new Draw(kind, List.of(word(brief, locale, previous)));
            case PERSONAS:
                return new Draw(kind, pick(localized(library.personas(), locale), PERSONA_COUNT, previous));
            case CONSTRAINT:
                return new Draw(kind, pick(localized(library.constraints(), locale), 1, previous));
            default:
                return Draw.none();
        }
    }

    /** True if a drawn word now appears in the brief (the brief changed after the draw). */
    public static boolean clashesWith(Draw draw, Brief brief) {
        if (draw.kind() != DrawKind.WORD) {
            return false;
        }
        BriefWords words = BriefWords.of(brief);
        return draw.items().stream().anyMatch(words::sharesWordWith);
    }

    private String word(Brief brief, Locale locale, Draw previous) {
        BriefWords briefWords = BriefWords.of(brief);
        List<String> all = library.words(locale);
        List<String> far = all.stream()
                .filter(w -> !briefWords.sharesWordWith(w))
                .filter(w -> previous == null || !previous.items().contains(w))
                .collect(Collectors.toList());
        List<String> pool = far.isEmpty() ? all : far;
        return pool.get(random.nextInt(pool.size()));
    }

    private List<String> pick(List<String> all, int count, Draw previous) {
        List<String> pool = new ArrayList<>(all);
        if (previous != null && pool.size() - previous.items().size() >= count) {
            pool.removeAll(previous.items());
        }
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static List<String> localized(List<LocalizedText> texts, Locale locale) {
        return texts.stream().map(t -> t.in(locale)).collect(Collectors.toList());
    }
}
