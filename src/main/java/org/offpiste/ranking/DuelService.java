package org.offpiste.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Duels: the next pair to show (to learn most), recording a judgement, and the Bradley–Terry fit.
 * Thread-safe: the pair choice shares one random generator under a lock, and the last fit is kept
 * until the duels or the ideas asked about change.
 */
public final class DuelService {
    private final DuelStore store;
    private final RandomGenerator random;
    private final BradleyTerry model = BradleyTerry.withPrior();
    private final DuelPairs pairs;
    private Fit lastFit;

    public DuelService(DuelStore store, RandomGenerator random) {
        this.store = store;
        this.random = random;
        this.pairs = new DuelPairs(model, random);
    }

    public DuelStore store() {
        return store;
    }

    /** The next pair among {@code ideas}, left then right; empty when there are fewer than two. */
    public Optional<long[]> next(List<Long> ideas) {
        return next(ideas, store.duels().stream().map(DuelRecord::duel).toList());
    }

    /**
     * The next pair among {@code ideas} given the duels known so far, without reading the file (so a
     * view can show it at once while the last judgement is still being written).
     */
    public Optional<long[]> next(List<Long> ideas, List<Duel> known) {
        List<Long> asked = List.copyOf(ideas);
        if (asked.size() < 2) {
            return Optional.empty();
        }
        return next(asked, known, fit(asked, known));
    }

    /**
     * The fit the next pair is chosen from (started from the last one): the slow part, to run in the
     * background. Every idea of {@code ideas} is in it, duelled or not.
     */
    public List<Strength> fit(List<Long> ideas, List<Duel> known) {
        return pairs.fit(List.copyOf(ideas), known);
    }

    /**
     * The next pair chosen from {@code fitted} (from {@link #fit}, perhaps without the latest duels,
     * which {@code known} holds): no fit, cheap enough for the JavaFX thread.
     */
    public Optional<long[]> next(List<Long> ideas, List<Duel> known, List<Strength> fitted) {
        synchronized (random) {
            return pairs.next(List.copyOf(ideas), known, fitted);
        }
    }

    public DuelRecord record(long leftId, long rightId, Duel.Result result, String rater) {
        return store.add(leftId, rightId, result, rater == null ? "" : rater.strip());
    }

    /** Forgets a recorded duel (Backspace in the duel view). */
    public void undo(DuelRecord duel) {
        store.remove(duel.id());
    }

    /**
     * What the duels say of {@code ideas}, strongest first: the one rule of every view of win chances
     * (ranking tab, {@code offpiste ranking}, exports): the fit over those of {@code ideas} that took
     * part in at least one duel among them, each one's chance of beating a random other of those,
     * with its interval. An idea without such a duel is not in the list (it has no figure).
     */
    public List<Strength> strengths(List<Long> ideas) {
        List<Long> asked = List.copyOf(ideas);
        List<DuelRecord> duels = store.duels();
        synchronized (this) {
            if (lastFit != null && lastFit.ideas.equals(asked) && lastFit.duels.equals(duels)) {
                return lastFit.strengths;
            }
        }
        List<Strength> fitted = model.fitDuelled(asked, duels.stream().map(DuelRecord::duel).toList()).stream()
                .sorted(Comparator.comparingDouble(Strength::winChance).reversed()
                        .thenComparing(Comparator.comparingInt(Strength::duels).reversed()))
                .toList();
        synchronized (this) {
            lastFit = new Fit(asked, duels, fitted);
        }
        return fitted;
    }

    private record Fit(List<Long> ideas, List<DuelRecord> duels, List<Strength> strengths) {
    }
}
