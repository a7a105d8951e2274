package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Chooses the next duel so that each one teaches the most: the idea compared least (then the
 * most uncertain) meets the idea whose strength is closest to its own among those it met least
 * (an even duel says more than a foregone one). Ties are broken at random, so two people do not
 * see the same order. Each fit starts from the last one (a new duel moves it little; two fits at
 * once only start less well). Choosing uses the random generator: callers guard it.
 */
public final class DuelPairs {
    private final BradleyTerry model;
    private final RandomGenerator random;
    private volatile Map<Long, Double> last = Map.of();

    public DuelPairs(BradleyTerry model, RandomGenerator random) {
        this.model = model;
        this.random = random;
    }

    /** The next pair (left, right) among {@code ideas} given the duels so far; empty below two ideas. */
    public Optional<long[]> next(List<Long> ideas, List<Duel> duels) {
        if (ideas.size() < 2) {
            return Optional.empty();
        }
        return next(ideas, duels, fit(ideas, duels));
    }

    /** The fit a pair is chosen from, started from the previous one. */
    public List<Strength> fit(List<Long> ideas, List<Duel> duels) {
        List<Strength> fitted = model.fit(ideas, duels, last);
        Map<Long, Double> logs = new HashMap<>(fitted.size() * 2);
        fitted.forEach(s -> logs.put(s.ideaId(), s.logStrength()));
        last = logs;
        return fitted;
    }

    /**
     * The next pair chosen from {@code fitted}, a fit that may miss the latest duels (it is made in
     * the background): how often each idea was compared, and whom it met, come from {@code duels};
     * an idea the fit does not know counts as even and wholly uncertain. Choosing is cheap (no fit).
     */
    public Optional<long[]> next(List<Long> ideas, List<Duel> duels, List<Strength> fitted) {
        Set<Long> asked = new LinkedHashSet<>(ideas);
        if (asked.size() < 2) {
            return Optional.empty();
        }
        Map<Long, Integer> count = new HashMap<>();
        for (Duel d : duels) {
            if (asked.contains(d.left()) && asked.contains(d.right())) {
                count.merge(d.left(), 1, Integer::sum);
                count.merge(d.right(), 1, Integer::sum);
            }
        }
        Map<Long, Strength> byId = new HashMap<>(fitted.size() * 2);
        fitted.forEach(s -> byId.put(s.ideaId(), s));
        List<Strength> candidates = new ArrayList<>(asked.size());
        for (long id : asked) {
            Strength s = byId.get(id);
            int c = count.getOrDefault(id, 0);
            candidates.add(s == null ? new Strength(id, 0, 0.5, 0, 1, c)
                    : s.duels() == c ? s : new Strength(id, s.logStrength(), s.winChance(), s.low(), s.high(), c));
        }
        return Optional.of(choose(candidates, duels));
    }

    private long[] choose(List<Strength> fitted, List<Duel> duels) {
        java.util.Collections.shuffle(fitted, new java.util.Random(random.nextLong()));
        Strength first = fitted.stream()
                .min(Comparator.comparingInt(Strength::duels).thenComparing(s -> -(s.high() - s.low())))
                .orElseThrow();
        Map<Long, Integer> met = new HashMap<>();
        for (Duel d : duels) {
            if (d.left() == first.ideaId()) {
                met.merge(d.right(), 1, Integer::sum);
            } else if (d.right() == first.ideaId()) {
                met.merge(d.left(), 1, Integer::sum);
            }
        }
        Strength second = fitted.stream().filter(s -> s.ideaId() != first.ideaId())
                .min(Comparator.<Strength>comparingInt(s -> met.getOrDefault(s.ideaId(), 0))
                        .thenComparingDouble(s -> Math.abs(s.logStrength() - first.logStrength()))
                        .thenComparingInt(Strength::duels))
                .orElseThrow();
        return random.nextBoolean() ? new long[] {first.ideaId(), second.ideaId()}
                : new long[] {second.ideaId(), first.ideaId()};
    }
}
