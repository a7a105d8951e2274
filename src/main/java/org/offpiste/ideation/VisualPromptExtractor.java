package org.offpiste.ideation;

import java.util.List;

/** Finds the image-generator prompts of a finished Visualize answer, per idea and generator. Thread-safe. */
public final class VisualPromptExtractor {

    /** The prompts of {@code answer}, written for {@code ideaCount} ideas (at least 1). */
    public List<ExtractedPrompt> extract(String answer, int ideaCount) {
        return List.of();
    }
}
