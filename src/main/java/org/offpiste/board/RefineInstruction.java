package org.offpiste.board;

import java.util.Objects;

/**
 * What a model is asked to do with an idea: a ready-made preset, or the person's own words.
 *
 * @param preset null for the person's own words
 * @param text   the person's words; "" for a preset
 */
public record RefineInstruction(RefinePreset preset, String text) {
    public RefineInstruction {
        text = text == null ? "" : text.strip();
        if (preset == null && text.isEmpty()) {
            throw new IllegalArgumentException("An instruction needs a preset or words");
        }
    }

    public static RefineInstruction of(RefinePreset preset) {
        return new RefineInstruction(Objects.requireNonNull(preset, "preset"), "");
    }

    public static RefineInstruction custom(String text) {
        return new RefineInstruction(null, text);
    }
}
