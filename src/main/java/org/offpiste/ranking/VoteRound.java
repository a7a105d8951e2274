package org.offpiste.ranking;

import java.time.Instant;
import java.util.List;

/**
 * A dot-vote round over chosen ideas.
 *
 * @param allowance  dots each participant has
 * @param maxPerIdea at most so many of one participant's dots on one idea (1: one per idea)
 * @param candidates the ideas voted on, in the order they were chosen
 * @param closedAt   null while votes are cast; results are shown only once it is set
 */
public record VoteRound(long id, String name, boolean anonymous, int allowance, int maxPerIdea,
                        List<Long> candidates, Instant createdAt, Instant closedAt) {
    public VoteRound {
        candidates = List.copyOf(candidates);
    }

    public boolean closed() {
        return closedAt != null;
    }
}
