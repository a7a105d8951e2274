package org.offpiste.ideation;

import java.util.List;

/**
 * A technique as a facilitation card, ready to show: every text in the interface language, the
 * steps phrased for the current brief, the current draw (empty label when the technique draws
 * nothing), the same content as Markdown for the clipboard, and the hints that stand for empty
 * brief fields (so a view can set them apart).
 */
public record TechniqueCard(
        String id,
        String icon,
        String name,
        String summary,
        String whenToUse,
        String duration,
        List<String> steps,
        String drawLabel,
        List<String> drawItems,
        String markdown,
        List<String> missingHints) {

    public TechniqueCard {
        steps = List.copyOf(steps);
        drawItems = List.copyOf(drawItems);
        missingHints = List.copyOf(missingHints);
    }

    public boolean hasDraw() {
        return !drawItems.isEmpty();
    }
}
