package org.offpiste.board;

/** A refinement under way. */
@FunctionalInterface
public interface Refinement {

    /** Stops the answer: nothing changes, and the listener hears {@link RefineResult.Kind#STOPPED}. */
    void stop();
}
