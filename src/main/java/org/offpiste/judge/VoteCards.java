package org.offpiste.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStore;
import org.offpiste.ranking.VoteTally;

/** What the votes tab shows of the board's ideas: a ballot's cards and a closed round's bars. */
final class VoteCards {
    private VoteCards() {
    }

    /** The bars of a closed round, most dots first; a deleted idea has no title. */
    static List<VotesViewModel.ResultBar> bars(IdeaStore ideas, List<VoteTally> tallies) {
        Map<Long, String> titles = ideas.findAll(tallies.stream().map(VoteTally::ideaId).toList())
                .stream().collect(Collectors.toMap(Idea::id, Idea::title));
        int most = tallies.stream().mapToInt(VoteTally::dots).max().orElse(0);
        return tallies.stream().map(t -> new VotesViewModel.ResultBar(t.ideaId(), titles.get(t.ideaId()), t.dots(),
                t.voters(), most == 0 ? 0 : t.dots() / (double) most)).toList();
    }

    /** The live ideas of {@code order} as cards, in that order. */
    static List<VoteBallot.Card> cards(IdeaStore ideas, List<Long> order) {
        Map<Long, Idea> byId = ideas.findAll(order).stream().collect(Collectors.toMap(Idea::id, Function.identity()));
        List<VoteBallot.Card> out = new ArrayList<>();
        for (long id : order) {
            Idea idea = byId.get(id);
            if (idea != null) {
                out.add(new VoteBallot.Card(id, idea.title(), idea.body()));
            }
        }
        return out;
    }
}
