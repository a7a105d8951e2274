package org.offpiste.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a screen that only shows the workshop needs (the participants' strip, the presentation
 * mode): the current state, the countdown, and a call when either changed on the board.
 */
public interface WorkshopWatch {
    /** The workshop as last written or read; empty when none runs on the board. */
    Optional<WorkshopState> current();

    /** What is left of the current round now. */
    Duration remaining();

    /** Now, by the clock the countdown is read with. */
    Instant now();

    /** {@code listener} runs (on whichever thread made or read the change) after each change. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
