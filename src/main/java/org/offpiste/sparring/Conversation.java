package org.offpiste.sparring;

import java.time.Instant;

/** One conversation of a project. */
public record Conversation(long id, String title, Instant createdAt, Instant updatedAt) {
}
