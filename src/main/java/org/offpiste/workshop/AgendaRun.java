package org.offpiste.workshop;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workshop being run from its agenda: which block is current, the timer of that block, and
 * what is done. The run starts at the first block with its timer not yet started; {@link #next}
 * moves everyone to the following block and starts its timer for that block's duration, and
 * after the last block the run is finished.
 */
public final class AgendaRun {
    private final Agenda agenda;
    private final Clock clock;
    private int index;
    private RoundTimer timer;

    public AgendaRun(Agenda agenda, Clock clock) {
        this.agenda = Objects.requireNonNull(agenda, "agenda");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (agenda.blocks().isEmpty()) {
            throw new IllegalArgumentException("An agenda without blocks cannot be run");
        }
        this.timer = new RoundTimer(clock, agenda.block(0).duration());
    }

    public Agenda agenda() {
        return agenda;
    }

    /** The position of the current block; equals the number of blocks once finished. */
    public int index() {
        return index;
    }

    /** The current block; empty once the run is finished. */
    public Optional<Block> current() {
        return finished() ? Optional.empty() : Optional.of(agenda.block(index));
    }

    /** The block that comes next, if any. */
    public Optional<Block> upcoming() {
        return index + 1 < agenda.size() ? Optional.of(agenda.block(index + 1)) : Optional.empty();
    }

    /** The current block's timer (stopped once finished). */
    public RoundTimer timer() {
        return timer;
    }

    /** The blocks already left behind, in order. */
    public List<Block> done() {
        return agenda.blocks().subList(0, index);
    }

    public boolean finished() {
        return index >= agenda.size();
    }

    /** Moves to the next block and starts its timer; after the last one the run is finished. */
    public void next() {
        if (finished()) {
            throw new IllegalStateException("The workshop is finished");
        }
        timer.pause();
        index++;
        if (!finished()) {
            enter();
        }
    }

    /** Moves back to the previous block (or from the end to the last one) and starts its timer afresh. */
    public void previous() {
        if (index == 0) {
            throw new IllegalStateException("Already at the first block");
        }
        timer.pause();
        index--;
        enter();
    }

    private void enter() {
        timer = new RoundTimer(clock, agenda.block(index).duration());
        timer.start();
    }
}
