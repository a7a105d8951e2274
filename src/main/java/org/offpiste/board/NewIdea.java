package org.offpiste.board;

import java.util.List;

/** What is needed to add an idea; the store gives it an id and times. */
public record NewIdea(String title, String body, List<String> tags, IdeaStatus status, String author) {
    public NewIdea {
        tags = List.copyOf(tags);
    }
}
