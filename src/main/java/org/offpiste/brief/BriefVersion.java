package org.offpiste.brief;

import java.time.Instant;

/** A saved state of the brief. {@code updatedAt} moves while the person keeps typing in one burst. */
public record BriefVersion(long id, Instant createdAt, Instant updatedAt, Brief brief) {
}
