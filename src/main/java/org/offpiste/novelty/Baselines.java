package org.offpiste.novelty;

import java.time.Duration;

/** The banal baseline of the project: asked for once per brief version, visibly, when a model answers. */
public interface Baselines {

    BaselineState state();

    /** Asks for the current brief version's baseline if it has none and none is running. Returns at once. */
    void ensure();

    /** Asks for it again, replacing this version's. Returns at once. */
    void regenerate();

    /**
     * Waits until no baseline is being asked for or queued (the command line, which must not exit
     * before the baseline it started is stored). True if idle within the timeout.
     */
    default boolean awaitIdle(Duration timeout) throws InterruptedException {
        return true;
    }

    void addListener(Runnable changed);

    void removeListener(Runnable changed);
}
