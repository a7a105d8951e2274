package org.offpiste.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.offpiste.board.Idea;
import org.offpiste.brief.Brief;

/**
 * Everything an export writes, read from a project (or made by a test).
 *
 * @param brief      the brief as it is now
 * @param ideas      the exported ideas, oldest first
 * @param whole      true when {@code ideas} is the whole board, false for the Shortlist alone
 * @param facts      what the ideation engine knows of each idea (origin, novelty, theme)
 * @param judgements ratings, votes and duels
 * @param history    versions and comments
 */
public record ExportSource(Brief brief, List<Idea> ideas, boolean whole, Function<Long, IdeaFacts> facts,
                           Judgements judgements, IdeaHistory history) {
    public ExportSource {
        ideas = List.copyOf(ideas);
        Objects.requireNonNull(brief, "brief");
        facts = facts == null ? id -> IdeaFacts.none() : facts;
        judgements = judgements == null ? Judgements.none() : judgements;
        history = history == null ? IdeaHistory.none() : history;
    }

    /** Ideas alone: nothing rated, no history, no facts. */
    public static ExportSource of(Brief brief, List<Idea> ideas) {
        return new ExportSource(brief, ideas, true, null, null, null);
    }

    public ExportSource with(Judgements j) {
        return new ExportSource(brief, ideas, whole, facts, j, history);
    }

    public ExportSource with(IdeaHistory h) {
        return new ExportSource(brief, ideas, whole, facts, judgements, h);
    }
}
