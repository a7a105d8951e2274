package org.offpiste.workshop;

import java.util.Locale;

/** The kinds of round a facilitator builds an agenda from; each names its text in the workshop bundle. */
public enum BlockKind {
    SILENT_IDEATION,
    MODEL_ROUND,
    BRAINWRITING,
    CLUSTERING,
    DOT_VOTE,
    DUELS,
    DEBRIEF;

    /** The bundle key of this kind's name, e.g. {@code workshop.block.silent_ideation}. */
    public String nameKey() {
        return "workshop.block." + name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of a one-line description of this kind. */
    public String descriptionKey() {
        return nameKey() + ".description";
    }
}
