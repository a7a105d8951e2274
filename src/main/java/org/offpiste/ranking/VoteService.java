package org.offpiste.ranking;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Dot-vote rounds and their rules. Thread-safe. Stub of the contract: the votes stream implements it.
 */
public final class VoteService {
    private final VoteStore store;
    private final RandomGenerator random;

    public VoteService(VoteStore store, RandomGenerator random) {
        this.store = store;
        this.random = random;
    }

    public VoteStore store() {
        return store;
    }

    /** A quarter of the candidates, at least 1. */
    public static int defaultAllowance(int candidates) {
        return Math.max(1, Math.round(candidates / 4f));
    }

    /** Opens a round; {@code allowance} null means {@link #defaultAllowance(int)}. */
    public VoteRound open(String name, boolean anonymous, Integer allowance, int maxPerIdea, List<Long> candidates) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A round by id or name (case ignored). */
    public Optional<VoteRound> find(String idOrName) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The candidates in a fresh random order, for the next participant. */
    public List<Long> orderFor(VoteRound round) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Casts a ballot: each id is one dot (an id given twice is two dots on it).
     *
     * @throws VoteRuleException when it breaks a rule of the round
     */
    public void cast(long roundId, String voter, List<Long> dots) {
        throw new UnsupportedOperationException("not yet");
    }

    public void close(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @throws VoteRuleException ({@code STILL_OPEN}) while the round is open */
    public List<VoteTally> results(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }
}
