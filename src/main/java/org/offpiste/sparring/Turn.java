package org.offpiste.sparring;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.offpiste.ideation.Tactic;

/**
 * What the person sends: their text, the mode, the technique (Diverge) and the board ideas the
 * turn is about (Challenge, Build on, Refine, Visualize); for Diverge also the diversity tactics
 * and whether it is a "Push further" round (leave the crowded themes of the board).
 */
public record Turn(String text, Mode mode, String techniqueId, List<Long> ideaIds, Set<Tactic> tactics,
                   boolean pushFurther) {
    public Turn {
        text = text == null ? "" : text;
        Objects.requireNonNull(mode, "mode");
        ideaIds = List.copyOf(ideaIds);
        tactics = Set.copyOf(tactics);
    }

    /** A turn with the default tactics, not pushing further. */
    public Turn(String text, Mode mode, String techniqueId, List<Long> ideaIds) {
        this(text, mode, techniqueId, ideaIds, Tactic.defaults(), false);
    }
}
