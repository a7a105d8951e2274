package org.offpiste.capture;

/**
 * An idea recognised in an answer, and what became of it.
 *
 * @param index       its place in the answer, from 0
 * @param ideaId      the board idea it became; null when it was not added (a duplicate) or was deleted
 * @param duplicateOf the board idea it landed on top of (then it was not added as new)
 * @param similarity  cosine similarity to that idea (or to its nearest, when measured); may be null
 */
public record Capture(long id, long messageId, int index, String title, String body, String facet, Long ideaId,
                      Long duplicateOf, Double similarity) {

    public boolean onBoard() {
        return ideaId != null;
    }
}
