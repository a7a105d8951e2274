package org.offpiste.ideation;

import java.util.List;

/**
 * Recognises the ideas in a model's answer, as it streams: numbered lists ({@code 1.}, {@code 1)}),
 * bullets with bold titles, {@code ###} headings, "Idea 3: …" lines, JSON arrays (fenced or not),
 * in English and French. A preamble, an outro or a critique paragraph is never an idea.
 * Stateless and thread-safe. See docs/decisions/0015-idea-extraction.md.
 */
public final class IdeaExtractor {

    /**
     * The ideas of {@code text}. While the answer is still arriving ({@code ended} false), only
     * the ideas known to be complete are returned (the last item may still grow); once it has
     * ended, every idea. Indexes are stable: calling again with a longer text returns the same
     * first ideas with the same indexes, titles and bodies.
     */
    public List<ExtractedIdea> extract(String text, boolean ended) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String complete = normalise(text);
        if (!ended) {
            int lastBreak = complete.lastIndexOf('\n');
            if (lastBreak < 0) {
                return List.of();
            }
            complete = complete.substring(0, lastBreak);
        }
        return List.copyOf(new AnswerJudge(AnswerOutline.of(complete, ended)).ideas());
    }

    /** One kind of line break, ordinary spaces for the non-breaking ones French typography uses. */
    static String normalise(String text) {
        String t = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        return t.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
