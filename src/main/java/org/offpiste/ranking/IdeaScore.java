package org.offpiste.ranking;

/**
 * An idea's weighted score: per active criterion of positive weight the mean of the raters'
 * scores, then their weighted mean over the criteria it was rated on (1 to 5).
 *
 * @param raters how many different people rated it on those criteria
 */
public record IdeaScore(long ideaId, double score, int raters) {
}
