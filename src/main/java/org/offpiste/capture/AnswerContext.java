package org.offpiste.capture;

import java.util.List;

/**
 * What is known of an answer whose ideas are captured: it becomes the provenance of each idea.
 *
 * @param mode         the sparring mode's id ("diverge", "build-on", "visualize")
 * @param techniqueId  null outside Diverge
 * @param drawn        what the round drew (stimulus word, personas, constraint), joined; empty if none
 * @param ideaIds      the board ideas the turn was about, in order (Build on, Visualize)
 * @param pushFurther  a "Push further" round: what lands on top of existing ideas is a duplicate
 */
public record AnswerContext(long conversationId, long messageId, String mode, String techniqueId, String drawn,
                            String provider, String model, Long briefVersionId, List<Long> ideaIds,
                            boolean pushFurther) {
    public AnswerContext {
        drawn = drawn == null ? "" : drawn;
        ideaIds = List.copyOf(ideaIds);
    }
}
