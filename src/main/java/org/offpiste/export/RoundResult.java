package org.offpiste.export;

import java.util.List;
import java.util.Optional;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/**
 * A dot-vote round as exported: its rules and candidates, and once it is closed its totals and
 * ballots (an open round's stay hidden: both lists are empty).
 */
public record RoundResult(VoteRound round, List<VoteTally> totals, List<VoteStore.Ballot> ballots) {
    public RoundResult {
        totals = List.copyOf(totals);
        ballots = List.copyOf(ballots);
    }

    /** The dots an idea got in this closed round; empty when it was no candidate or the round is open. */
    public Optional<Integer> dots(long ideaId) {
        if (!round.closed() || !round.candidates().contains(ideaId)) {
            return Optional.empty();
        }
        return Optional.of(totals.stream().filter(t -> t.ideaId() == ideaId).mapToInt(VoteTally::dots).sum());
    }
}
