package org.offpiste.board;

import java.time.Instant;

/** A comment on an idea: who wrote it and when. {@code ideaId} is the idea it was written on. */
public record IdeaComment(long id, long ideaId, String author, String body, Instant createdAt) {
}
