package org.offpiste.sparring;

import java.util.List;
import org.offpiste.ideation.Draw;

/**
 * What a Diverge round adds to its instruction besides the technique: the personas drawn for the
 * persona-pool tactic, and for a "Push further" round the crowded themes of the board and the
 * titles of the ideas already on it.
 */
record DivergeExtras(Draw personas, List<String> crowded, List<String> boardTitles) {
    /** At most this many titles of the board are listed in a "Push further" round. */
    static final int MAX_TITLES = 40;

    DivergeExtras {
        personas = personas == null ? Draw.none() : personas;
        crowded = List.copyOf(crowded);
        boardTitles = List.copyOf(boardTitles.subList(0, Math.min(MAX_TITLES, boardTitles.size())));
    }

    static DivergeExtras none() {
        return new DivergeExtras(Draw.none(), List.of(), List.of());
    }
}
