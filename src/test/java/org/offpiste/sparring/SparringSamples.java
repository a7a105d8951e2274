package org.offpiste.sparring;

import java.time.Instant;
import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;

/** Ideas for the sparring tests (the briefs are {@link org.offpiste.ideation.SampleBriefs}). */
final class SparringSamples {
    private SparringSamples() {
    }

    static Idea idea(long id, String title, String body, String... tags) {
        Instant at = Instant.parse("2026-11-29T01:00:00Z");
        return new Idea(id, title, body, List.of(tags), IdeaStatus.INBOX, "Ana", at, at);
    }
}
