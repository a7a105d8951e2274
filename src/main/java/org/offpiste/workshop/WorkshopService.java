package org.offpiste.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * The workshop running on one board, as the facilitator drives it and everyone follows it. Every
 * command writes the new {@link WorkshopState} through the {@link WorkshopStore} at once (it is
 * the shared state: the facilitator moves everyone); the countdown is computed from that state and
 * the {@link Clock}, so every machine shows the same time. Calls block on the store: run them off
 * the UI thread. Listeners are told after every change made here or read by {@link #refresh()}.
 */
public final class WorkshopService implements WorkshopWatch {
    private final WorkshopStore store;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<WorkshopState> state = Optional.empty();

    public WorkshopService(WorkshopStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<WorkshopState> current() {
        return state;
    }

    @Override
    public Duration remaining() {
        return state.map(s -> remaining(s, clock.instant())).orElse(Duration.ZERO);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    /** What is left of the round of {@code s} at {@code now}: zero once it has run out. */
    public static Duration remaining(WorkshopState s, Instant now) {
        if (!s.running()) {
            return s.remaining();
        }
        Duration left = Duration.between(now, s.endsAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Reads the board's workshop again (someone else changed it). */
    public Optional<WorkshopState> refresh() {
        state = store.load();
        fire();
        return state;
    }

    /** Starts {@code agenda} on the board at its first round, the timer ready but not running. */
    public WorkshopState start(Agenda agenda) {
        if (agenda.blocks().isEmpty()) {
            throw new IllegalArgumentException("An agenda without blocks cannot be run");
        }
        return write(enter(agenda, 0));
    }

    /** Runs the round's timer from what is left (a start, or a resume after a pause). */
    public WorkshopState startTimer() {
        return change(s -> s.running() || s.block().isEmpty() ? s
                : new WorkshopState(s.agenda(), s.blockIndex(), true, instantNow().plus(s.remaining()), s.remaining(),
                        s.revealed()));
    }

    /** Stops the timer, keeping what is left. */
    public WorkshopState pause() {
        return change(s -> !s.running() ? s
                : new WorkshopState(s.agenda(), s.blockIndex(), false, null, remaining(s, instantNow()), s.revealed()));
    }

    /** One more minute for the round; a running round that has already run out gets one minute from now. */
    public WorkshopState addMinute() {
        return change(s -> {
            if (s.block().isEmpty()) {
                return s;
            }
            if (!s.running()) {
                return new WorkshopState(s.agenda(), s.blockIndex(), false, null,
                        s.remaining().plus(RoundTimer.ONE_MINUTE), s.revealed());
            }
            Instant now = instantNow();
            Instant from = s.endsAt().isBefore(now) ? now : s.endsAt();
            Instant ends = from.plus(RoundTimer.ONE_MINUTE);
            return new WorkshopState(s.agenda(), s.blockIndex(), true, ends, Duration.between(now, ends),
                    s.revealed());
        });
    }

    /** Moves everyone to the next round (its timer ready); after the last round the workshop is over. */
    public WorkshopState next() {
        return change(s -> {
            if (s.block().isEmpty()) {
                throw new IllegalStateException("The workshop is finished");
            }
            return enter(s.agenda(), s.blockIndex() + 1);
        });
    }

    /** Moves everyone back one round, its timer afresh. */
    public WorkshopState previous() {
        return change(s -> {
            if (s.blockIndex() == 0) {
                throw new IllegalStateException("Already at the first round");
            }
            return enter(s.agenda(), Math.min(s.blockIndex(), s.agenda().size()) - 1);
        });
    }

    /** Shows everyone the ideas of a silent round. */
    public WorkshopState reveal() {
        return change(s -> s.revealed() ? s
                : new WorkshopState(s.agenda(), s.blockIndex(), s.running(), s.endsAt(), s.remaining(), true));
    }

    /** Ends the workshop: the board has none running any more. */
    public void end() {
        store.clear();
        state = Optional.empty();
        fire();
    }

    private static WorkshopState enter(Agenda agenda, int index) {
        Duration length = index < agenda.size() ? agenda.block(index).duration() : Duration.ZERO;
        boolean silent = index < agenda.size() && agenda.block(index).kind() == BlockKind.SILENT_IDEATION;
        return new WorkshopState(agenda, index, false, null, length, !silent);
    }

    private synchronized WorkshopState change(UnaryOperator<WorkshopState> step) {
        WorkshopState s = state.or(store::load)
                .orElseThrow(() -> new IllegalStateException("No workshop is running on this board"));
        WorkshopState next = step.apply(s);
        return next == s ? s : write(next);
    }

    private synchronized WorkshopState write(WorkshopState s) {
        store.save(s);
        state = Optional.of(s);
        fire();
        return s;
    }

    private Instant instantNow() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
