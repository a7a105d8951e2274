package org.offpiste.ranking;

/**
 * A 1–5 scale ideas are rated on.
 *
 * @param name   as written in the brief, or the English name of a built-in one (shown in the
 *               person's language by the window and the command line)
 * @param weight how much it counts in the weighted score (0 = not at all)
 * @param active false for a brief criterion that left the brief: kept with its scores, counts no more
 */
public record Criterion(long id, String name, CriterionSource source, double weight, int position, boolean active) {

    public Criterion withWeight(double w) {
        return new Criterion(id, name, source, w, position, active);
    }
}
