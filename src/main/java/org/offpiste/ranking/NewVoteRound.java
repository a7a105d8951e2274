package org.offpiste.ranking;

import java.util.List;

/** A round to open; see {@link VoteRound}. */
public record NewVoteRound(String name, boolean anonymous, int allowance, int maxPerIdea, List<Long> candidates) {
    public NewVoteRound {
        candidates = List.copyOf(candidates);
    }
}
