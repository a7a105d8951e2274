package org.offpiste.judge;

/** What the duels tab shows. */
public enum DuelsScreenState {
    LOADING,
    /** Fewer than two ideas to compare: a calm explanation. */
    TOO_FEW,
    /** Two ideas side by side. */
    PAIR
}
