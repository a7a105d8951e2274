package org.offpiste.novelty;

/**
 * The novelty figures of one idea.
 *
 * @param baselineDistance  1 - the highest cosine similarity to an idea of the banal baseline;
 *                          null without a baseline
 * @param nearestId         the most similar other live idea; null when the idea is alone
 * @param nearestSimilarity cosine similarity to it
 * @param duplicateOf       the older idea it nearly repeats (similarity at or above the threshold), or null
 */
public record Novelty(long ideaId, Double baselineDistance, Long nearestId, Double nearestSimilarity,
                      Long duplicateOf) {
}
