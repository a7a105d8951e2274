package org.offpiste.board;

/** What the Refine control shows. */
public enum RefineState {
    /** Ready: presets and the instruction field. */
    READY,
    /** No model chosen: an explanation and the way to the model settings. */
    NO_MODEL,
    /** A read-only project: the control is disabled. */
    READ_ONLY,
    /** The answer is arriving: its text, and Stop. */
    RUNNING,
    /** The new version is made: what made it, and Undo. */
    DONE,
    /** Failed, stopped or unreadable: nothing changed, and why. */
    FAILED
}
