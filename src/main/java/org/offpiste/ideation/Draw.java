package org.offpiste.ideation;

import java.util.List;

/** What was drawn at random for a round: a stimulus word, three personas or one constraint. */
public record Draw(DrawKind kind, List<String> items) {
    private static final Draw NONE = new Draw(DrawKind.NONE, List.of());

    public Draw {
        items = List.copyOf(items);
    }

    public static Draw none() {
        return NONE;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
