package org.offpiste.board;

import java.util.Locale;

/**
 * The ready-made instructions of Refine: each has a short label ({@code refine.preset.<key>}, also
 * what the new version records as its instruction) and the fuller instruction sent to the model
 * ({@code refine.instruction.<key>}), both in the refine bundle.
 */
public enum RefinePreset {
    CHEAPER, TIKTOK, KIDS, BOLDER, SIMPLER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
