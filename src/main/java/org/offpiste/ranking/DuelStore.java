package org.offpiste.ranking;

import java.util.List;

/** Duels. Implemented in the store package; every call is one transaction. */
public interface DuelStore {

    DuelRecord add(long leftId, long rightId, Duel.Result result, String rater);

    /** Forgets a duel (its undo). */
    void remove(long id);

    /** Every duel between two live ideas, oldest first. */
    List<DuelRecord> duels();

    /** Every duel, live ideas or not (exports). */
    List<DuelRecord> allDuels();
}
