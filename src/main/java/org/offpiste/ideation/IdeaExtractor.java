package org.offpiste.ideation;

import java.util.List;

/**
 * Recognises the ideas in a model's answer, as it streams: numbered lists ({@code 1.}, {@code 1)}),
 * bullets with bold titles, {@code ###} headings, "Idea 3: …" lines, JSON arrays (fenced or not),
 * in English and French. A preamble, an outro or a critique paragraph is never an idea.
 * Stateless and thread-safe.
 */
public final class IdeaExtractor {

    /**
     * The ideas of {@code text}. While the answer is still arriving ({@code ended} false), only
     * the ideas known to be complete are returned (the last item may still grow); once it has
     * ended, every idea. Indexes are stable: calling again with a longer text returns the same
     * first ideas with the same indexes, titles and bodies.
     */
    public List<ExtractedIdea> extract(String text, boolean ended) {
        return List.of();
    }
}
