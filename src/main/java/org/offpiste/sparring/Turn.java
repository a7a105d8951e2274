package org.offpiste.sparring;

import java.util.List;
import java.util.Objects;

/**
 * What the person sends: their text, the mode, the technique (Diverge) and the board ideas the
 * turn is about (Challenge, Build on, Refine, Visualize).
 */
public record Turn(String text, Mode mode, String techniqueId, List<Long> ideaIds) {
    public Turn {
        text = text == null ? "" : text;
        Objects.requireNonNull(mode, "mode");
        ideaIds = List.copyOf(ideaIds);
    }
}
