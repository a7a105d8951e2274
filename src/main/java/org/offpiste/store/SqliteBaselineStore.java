package org.offpiste.store;

import java.util.Optional;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineStore;

/** Banal baselines, one per brief version. */
final class SqliteBaselineStore implements BaselineStore {
    private final Database db;
    private final Times times;

    SqliteBaselineStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public Optional<Baseline> baseline(long briefVersionId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<Baseline> latest() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void save(Baseline baseline) {
        throw new UnsupportedOperationException("not yet");
    }
}
