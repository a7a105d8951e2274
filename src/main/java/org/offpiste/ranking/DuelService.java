package org.offpiste.ranking;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Duels: the next pair to show (to learn most), recording a judgement, and the Bradley–Terry fit.
 * Thread-safe. Stub of the contract: the duels stream implements it.
 */
public final class DuelService {
    private final DuelStore store;
    private final RandomGenerator random;

    public DuelService(DuelStore store, RandomGenerator random) {
        this.store = store;
        this.random = random;
    }

    public DuelStore store() {
        return store;
    }

    /** The next pair among {@code ideas}, left then right; empty when there are fewer than two. */
    public Optional<long[]> next(List<Long> ideas) {
        throw new UnsupportedOperationException("not yet");
    }

    public DuelRecord record(long leftId, long rightId, Duel.Result result, String rater) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Forgets a recorded duel (Backspace in the duel view). */
    public void undo(DuelRecord duel) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Each idea's chance of beating a random other of {@code ideas}, with its interval, strongest first. */
    public List<Strength> strengths(List<Long> ideas) {
        throw new UnsupportedOperationException("not yet");
    }
}
