package org.offpiste.board;

import java.util.Locale;

/** Where an idea stands on the board. */
public enum IdeaStatus {
    INBOX, SHORTLIST, PARKED, REJECTED;

    /** Lower-case key used in files, the command line and resource bundles ("inbox"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a key or name, case-insensitively ("Shortlist", "shortlist"). */
    public static IdeaStatus parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (IdeaStatus s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + text + "' (inbox, shortlist, parked, rejected)");
    }
}
