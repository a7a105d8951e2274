package org.offpiste.ranking;

import java.util.List;
import java.util.Map;

/** Criteria and each rater's scores. Implemented in the store package; every call is one transaction. */
public interface CriteriaStore {

    /** Every criterion, active or not, by position. */
    List<Criterion> criteria();

    Criterion add(String name, CriterionSource source, double weight);

    /** Writes name, weight, position and active of an existing criterion. */
    Criterion update(Criterion criterion);

    /** Sets (or replaces) a rater's score, 1 to 5. */
    void rate(long ideaId, long criterionId, String rater, int score);

    /** Removes a rater's score. */
    void unrate(long ideaId, long criterionId, String rater);

    /** Every score given to an idea (live or not), by criterion then rater. */
    List<CriterionScore> scores(long ideaId);

    /** Every score of the project (exports). */
    List<CriterionScore> allScores();

    /** The weighted score of each live idea rated at least once on a counting criterion. */
    Map<Long, IdeaScore> weightedScores();
}
