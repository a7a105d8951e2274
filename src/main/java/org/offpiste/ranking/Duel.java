package org.offpiste.ranking;

import java.util.Objects;

/**
 * One duel: two ideas side by side, "which is stronger for this brief?".
 *
 * @param result which side won, or {@link Result#TIE} when the person could not decide
 */
public record Duel(long left, long right, Result result) {

    public enum Result { LEFT, RIGHT, TIE }

    public Duel {
        if (left == right) {
            throw new IllegalArgumentException("An idea cannot duel itself: " + left);
        }
        Objects.requireNonNull(result, "result");
    }

    /** A duel won by {@code winner} over {@code loser}. */
    public static Duel won(long winner, long loser) {
        return new Duel(winner, loser, Result.LEFT);
    }

    /** What {@code idea} scored in this duel: 1 won, 0 lost, ½ undecided. */
    double scoreOf(long idea) {
        if (result == Result.TIE) {
            return 0.5;
        }
        return (result == Result.LEFT) == (idea == left) ? 1 : 0;
    }
}
