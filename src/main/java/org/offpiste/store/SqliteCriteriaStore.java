package org.offpiste.store;

import java.util.List;
import java.util.Map;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.CriteriaStore;

/** The CriteriaStore of a project file. Stub of the contract: the store stream implements it. */
final class SqliteCriteriaStore implements CriteriaStore {
    private final Database db;
    private final Times times;

    SqliteCriteriaStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Criterion> criteria() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Criterion add(String name, CriterionSource source, double weight) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Criterion update(Criterion criterion) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void rate(long ideaId, long criterionId, String rater, int score) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void unrate(long ideaId, long criterionId, String rater) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<CriterionScore> scores(long ideaId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<CriterionScore> allScores() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<Long, IdeaScore> weightedScores() {
        throw new UnsupportedOperationException("not yet");
    }
}
