package org.offpiste.judge;

import org.offpiste.board.Idea;
import org.offpiste.ranking.Standing;

/** One row of the ranking table: an idea and what the three methods say of it. */
public record RankingRow(Idea idea, Standing standing) {

    public long id() {
        return idea.id();
    }

    /** The weighted score, null when unrated. */
    public Double score() {
        return standing.score() == null ? null : standing.score().score();
    }

    /** Dots in the chosen round, null without one. */
    public Integer dots() {
        return standing.dots() == null ? null : standing.dots().dots();
    }

    /** The chance of beating a random other idea, null when the duels say nothing. */
    public Double winChance() {
        return standing.strength() == null ? null : standing.strength().winChance();
    }
}
