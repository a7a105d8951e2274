package org.offpiste.novelty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The listeners of a novelty service: added and removed from any thread, called on the thread that fires. */
final class Listeners {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    void add(Runnable changed) {
        listeners.add(changed);
    }

    void remove(Runnable changed) {
        listeners.remove(changed);
    }

    /** Calls each listener; one that throws stops the others. */
    void fire() {
        listeners.forEach(Runnable::run);
    }

    /** Calls each listener; one that throws is handed to {@code failed} and the others are still called. */
    void fire(Consumer<RuntimeException> failed) {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }
    }
}
