package org.offpiste.store;

import java.util.List;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelStore;

/** The DuelStore of a project file. Stub of the contract: the store stream implements it. */
final class SqliteDuelStore implements DuelStore {
    private final Database db;
    private final Times times;

    SqliteDuelStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public DuelRecord add(long leftId, long rightId, Duel.Result result, String rater) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void remove(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<DuelRecord> duels() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<DuelRecord> allDuels() {
        throw new UnsupportedOperationException("not yet");
    }
}
