package org.offpiste.board;

import java.util.Locale;

/**
 * Orders of the board. UPDATED and CREATED are newest first; TITLE is A→Z; STATUS follows the lanes;
 * NOVELTY puts the ideas farthest from the banal baseline first (ideas not measured yet last);
 * SCORE puts the best weighted score on the criteria first (ideas not rated yet last).
 */
public enum IdeaSort {
    UPDATED, CREATED, TITLE, STATUS, NOVELTY, SCORE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdeaSort parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("DATE")) {
            return UPDATED;
        }
        for (IdeaSort s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown sort '" + text + "' (updated, created, title, status, novelty, score)");
    }
}
