package org.offpiste.judge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelService;
import org.offpiste.ui.TaskExecutor;

/**
 * The duels judged in this session, written in the background in the order they were judged, so
 * that the next pair never waits for the file. Backspace may undo a duel whose write has not ended
 * yet: it is forgotten as soon as it is written. Call on the UI thread.
 */
final class DuelWrites {
    private final DuelService service;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onFailure;
    private final Deque<Entry> done = new ArrayDeque<>();
    private int pending;

    DuelWrites(DuelService service, TaskExecutor executor, Consumer<Throwable> onFailure) {
        this.service = service;
        this.executor = executor;
        this.onFailure = onFailure;
    }

    /** One judged duel; {@code record} is set once written. */
    static final class Entry {
        final Duel duel;
        DuelRecord record;
        boolean undone;

        Entry(Duel duel) {
            this.duel = duel;
        }
    }

    /** Writes {@code duel}; {@code failed} takes it back if the write fails before it was undone. */
    void record(Duel duel, String rater, Runnable failed) {
        Entry entry = new Entry(duel);
        done.push(entry);
        pending++;
        executor.run(() -> service.record(duel.left(), duel.right(), duel.result(), rater), r -> {
            pending--;
            entry.record = r;
            if (entry.undone) {
                forget(r);
            }
        }, e -> {
            pending--;
            done.remove(entry);
            if (!entry.undone) { // an undone duel was taken back already
                failed.run();
            }
            onFailure.accept(e);
        });
    }

    /** The last duel of the session, forgotten (now or once written); null when there is none. */
    Duel undo() {
        Entry entry = done.poll();
        if (entry == null) {
            return null;
        }
        entry.undone = true;
        if (entry.record != null) {
            forget(entry.record);
        }
        return entry.duel;
    }

    private void forget(DuelRecord r) {
        pending++;
        executor.run(() -> {
            service.undo(r);
            return r;
        }, x -> pending--, e -> {
            pending--;
            onFailure.accept(e);
        });
    }

    int count() {
        return done.size();
    }

    /** True while a write is on its way (what the file holds is not yet all that is known). */
    boolean busy() {
        return pending > 0;
    }
}
