package org.offpiste.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The facilitator's timer for one round. It reads an injected {@link Clock} whenever asked and
 * keeps no thread: a view polls {@link #remaining()} to draw it. Time past the planned length is
 * the {@link #overrun()}; the timer keeps counting until it is paused.
 */
public final class RoundTimer {
    public static final Duration ONE_MINUTE = Duration.ofMinutes(1);
    private final Clock clock;
    private Duration planned;
    private Duration before = Duration.ZERO;
    private Instant runningSince;
    private boolean started;

    public RoundTimer(Clock clock, Duration planned) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (planned.isNegative() || planned.isZero()) {
            throw new IllegalArgumentException("A round lasts more than zero, not " + planned);
        }
        this.planned = planned;
    }

    /** Starts the round from zero (again, if it had already started). */
    public void start() {
        before = Duration.ZERO;
        runningSince = clock.instant();
        started = true;
    }

    /** Stops the clock; nothing happens if it is not running. */
    public void pause() {
        if (runningSince != null) {
            before = elapsed();
            runningSince = null;
        }
    }

    /** Runs the clock on from where it was paused; nothing happens if it is running. */
    public void resume() {
        if (!started) {
            throw new IllegalStateException("The round has not started");
        }
        if (runningSince == null) {
            runningSince = clock.instant();
        }
    }

    /** One more minute for the round, whether it runs, is paused or has already ended. */
    public void addMinute() {
        planned = planned.plus(ONE_MINUTE);
    }

    /** The round's length: the block's duration plus the minutes added. */
    public Duration planned() {
        return planned;
    }

    public Duration elapsed() {
        if (runningSince == null) {
            return before;
        }
        Duration since = Duration.between(runningSince, clock.instant());
        return before.plus(since.isNegative() ? Duration.ZERO : since);
    }

    /** What is left of the planned length; zero once it has run out. */
    public Duration remaining() {
        Duration left = planned.minus(elapsed());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** How far the round has run past its planned length; zero before. */
    public Duration overrun() {
        Duration over = elapsed().minus(planned);
        return over.isNegative() ? Duration.ZERO : over;
    }

    /** The round started and its planned length has run out. */
    public boolean ended() {
        return started && elapsed().compareTo(planned) >= 0;
    }

    public boolean started() {
        return started;
    }

    public boolean running() {
        return runningSince != null;
    }

    public boolean paused() {
        return started && runningSince == null;
    }
}
