package org.offpiste.ranking;

/**
 * What the duels say of one idea.
 *
 * @param logStrength the fitted log-strength (the ideas' mean is 0)
 * @param winChance   its chance of beating a random other idea of the set
 * @param low         the win chance at the low end of a 95% interval on the strength
 * @param high        the win chance at the high end
 * @param duels       how many duels the idea took part in
 */
public record Strength(long ideaId, double logStrength, double winChance, double low, double high, int duels) {
}
