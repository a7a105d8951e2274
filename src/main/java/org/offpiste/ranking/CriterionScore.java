package org.offpiste.ranking;

import java.time.Instant;

/** One rater's score (1–5) of one idea on one criterion. */
public record CriterionScore(long ideaId, long criterionId, String rater, int score, Instant ratedAt) {
}
