package org.offpiste.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Criteria and ratings: the brief's success criteria (one per line, bullet or semicolon) plus
 * Originality and Feasibility become 1–5 scales with weights; each rater's scores are kept.
 * Thread-safe. Stub of the contract: the criteria stream implements it.
 */
public final class CriteriaService {
    private final CriteriaStore store;
    private final Supplier<String> successCriteria;

    /** @param successCriteria the current brief's success criteria text */
    public CriteriaService(CriteriaStore store, Supplier<String> successCriteria) {
        this.store = store;
        this.successCriteria = successCriteria;
    }

    public CriteriaStore store() {
        return store;
    }

    /** The active criteria by position, first brought in line with the brief (new lines added, gone ones inactive). */
    public List<Criterion> criteria() {
        throw new UnsupportedOperationException("not yet");
    }

    /** A criterion by id, name (case and accents ignored) or built-in key ("originality", "originalité"…). */
    public Optional<Criterion> find(String idOrName) {
        throw new UnsupportedOperationException("not yet");
    }

    public void rate(long ideaId, long criterionId, String rater, int score) {
        throw new UnsupportedOperationException("not yet");
    }

    public Criterion setWeight(long criterionId, double weight) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The weighted score of every rated live idea. */
    public Map<Long, IdeaScore> scores() {
        throw new UnsupportedOperationException("not yet");
    }
}
