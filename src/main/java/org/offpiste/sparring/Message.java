package org.offpiste.sparring;

import java.time.Instant;

/**
 * A message of a conversation. Messages form a tree: {@code parentId} is the message this one
 * answers or follows (null for the first). Siblings are alternatives: a regenerated answer is
 * a sibling of the earlier one, an edited message a sibling of the original. The thread shown
 * follows, at each level, the sibling chosen last.
 *
 * @param provenance for an answer, what produced it; for a person's message, the mode, technique, ideas and
 *                   brief version it was sent with, its {@code prompt} being the exact turn text sent (provider
 *                   and model empty); null for a message stored without one
 * @param failure    the {@link org.offpiste.llm.FailureKind} name when INCOMPLETE or FAILED, else null
 */
public record Message(long id, long conversationId, Long parentId, Role role, String text, MessageStatus status,
                      Instant createdAt, Instant updatedAt, Provenance provenance, String failure) {

    public enum Role { USER, ASSISTANT }

    public boolean isAnswer() {
        return role == Role.ASSISTANT;
    }
}
