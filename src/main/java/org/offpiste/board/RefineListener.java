package org.offpiste.board;

/** Hears a refinement, on background threads: they must only hand off. */
public interface RefineListener {

    /** More of the answer arrived. */
    void text(String delta);

    /** How it ended; called once. */
    void ended(RefineResult result);
}
