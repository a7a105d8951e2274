package org.offpiste.ranking;

import java.time.Instant;

/** A duel as kept in the project: who judged it ('' when unnamed) and when. */
public record DuelRecord(long id, long leftId, long rightId, Duel.Result result, String rater, Instant createdAt) {

    public Duel duel() {
        return new Duel(leftId, rightId, result);
    }
}
