package org.offpiste.workspace;

import java.util.Locale;

/** The three panes of the window, left to right. */
public enum PaneId {
    BRIEF,
    SPARRING,
    BOARD;

    /** The key used in settings and message keys ("brief", "sparring", "board"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
