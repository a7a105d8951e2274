package org.offpiste.present;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopState;

/**
 * The workshop round running on the board, as a corner of the presentation shows it.
 *
 * @param number    the round's place in the agenda, from 1
 * @param remaining what is left of it (zero once its time is up)
 */
public record RoundClock(BlockKind kind, int number, int rounds, Duration remaining, boolean running) {

    /** The round everyone is on now; empty past the agenda's last round. */
    static Optional<RoundClock> of(WorkshopState state, Clock clock) {
        return state.block().map(b -> {
            Duration left = state.running() ? Duration.between(clock.instant(), state.endsAt()) : state.remaining();
            return new RoundClock(b.kind(), state.blockIndex() + 1, state.agenda().blocks().size(),
                    left.isNegative() ? Duration.ZERO : left, state.running());
        });
    }

    /** "4:05", rounded up to the second (a round with 0.4 s left still shows 0:01). */
    public String minutesSeconds() {
        long seconds = (remaining.toMillis() + 999) / 1000;
        return (seconds / 60) + ":" + String.format("%02d", seconds % 60);
    }
}
