package org.offpiste.board;

import java.time.Instant;
import java.util.List;

/** An idea on the board. Tags are normalised (trimmed, no duplicates) and sorted. */
public record Idea(long id, String title, String body, List<String> tags, IdeaStatus status,
                   String author, Instant createdAt, Instant updatedAt) {
    public Idea {
        tags = List.copyOf(tags);
    }

    public Idea withContent(String newTitle, String newBody, List<String> newTags, IdeaStatus newStatus) {
        return new Idea(id, newTitle, newBody, newTags, newStatus, author, createdAt, updatedAt);
    }
}
