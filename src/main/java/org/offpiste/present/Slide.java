package org.offpiste.present;

import java.util.List;
import org.offpiste.board.Idea;
import org.offpiste.ranking.IdeaScore;

/**
 * One idea as a presentation shows it.
 *
 * @param score its weighted score on the criteria, null when it was not rated
 */
public record Slide(long id, String title, String body, List<String> tags, IdeaScore score) {
    public Slide {
        tags = List.copyOf(tags);
    }

    static Slide of(Idea idea, IdeaScore score) {
        return new Slide(idea.id(), idea.title(), idea.body(), idea.tags(), score);
    }

    public boolean rated() {
        return score != null;
    }
}
