package org.offpiste.workshop;

import java.util.Optional;

/** Where a board keeps its running workshop (table {@code workshop_state}, at most one row). */
public interface WorkshopStore {
    /** The running workshop, or empty when none has been started on this board. */
    Optional<WorkshopState> load();

    /** Replaces the running workshop, in one transaction. */
    void save(WorkshopState state);

    /** Ends the workshop: the board has none running any more. */
    void clear();
}
