package org.offpiste.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The workshop running on a board, as every machine on it sees it: the agenda, the round everyone
 * is on, and that round's timer. A running timer is the instant its round ends (so every machine
 * counts down to the same instant); a paused or not yet started one is what is left.
 *
 * @param revealed false while a silent round's ideas are seen only by their authors
 */
public record WorkshopState(Agenda agenda, int blockIndex, boolean running, Instant endsAt, Duration remaining,
        boolean revealed) {
    public WorkshopState {
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(remaining, "remaining");
        if (blockIndex < 0) {
            throw new IllegalArgumentException("blockIndex < 0");
        }
        if (running && endsAt == null) {
            throw new IllegalArgumentException("a running timer needs its end");
        }
    }

    /** The block everyone is on, or empty past the agenda's last block. */
    public Optional<Block> block() {
        return blockIndex < agenda.blocks().size() ? Optional.of(agenda.blocks().get(blockIndex)) : Optional.empty();
    }
}
