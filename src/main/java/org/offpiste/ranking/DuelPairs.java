package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Chooses the next duel so that each one teaches the most: the idea compared least (then the
 * most uncertain) meets the idea whose strength is closest to its own among those it met least
 * (an even duel says more than a foregone one). Ties are broken at random, so two people do not
 * see the same order. Not thread-safe.
 */
public final class DuelPairs {
    private final BradleyTerry model;
    private final RandomGenerator random;

    public DuelPairs(BradleyTerry model, RandomGenerator random) {
        this.model = model;
        this.random = random;
    }

    /** The next pair (left, right) among {@code ideas} given the duels so far; empty below two ideas. */
    public Optional<long[]> next(List<Long> ideas, List<Duel> duels) {
        if (ideas.size() < 2) {
            return Optional.empty();
        }
        List<Strength> fitted = new ArrayList<>(model.fit(ideas, duels));
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
        return Optional.of(random.nextBoolean() ? new long[] {first.ideaId(), second.ideaId()}
                : new long[] {second.ideaId(), first.ideaId()});
    }
}
