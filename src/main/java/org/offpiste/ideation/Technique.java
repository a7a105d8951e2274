package org.offpiste.ideation;

import java.util.ArrayList;
import java.util.List;

/**
 * A creative technique, defined once as data in both languages. Steps and model instructions
 * are templates: placeholders such as {@code {audience}} are filled from the brief by
 * {@link TechniquePhrasing}. {@code icon} names a Feather icon (e.g. {@code SHUFFLE}).
 */
public record Technique(
        String id,
        String icon,
        int minutes,
        DrawKind draw,
        LocalizedText name,
        LocalizedText summary,
        LocalizedText whenToUse,
        List<LocalizedText> steps,
        LocalizedText modelInstructions) {

    public Technique {
        steps = List.copyOf(steps);
    }

    /** Every text of the technique, for validation. */
    public List<LocalizedText> texts() {
        List<LocalizedText> all = new ArrayList<>(List.of(name, summary, whenToUse, modelInstructions));
        all.addAll(steps);
        return all;
    }
}
