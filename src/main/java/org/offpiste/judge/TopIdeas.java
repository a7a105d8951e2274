package org.offpiste.judge;

import java.util.Comparator;
import java.util.List;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.Standing;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteTally;

/**
 * The best {@code n} of some ideas by what the ranking knows of them: the weighted score first,
 * then the dots of the last closed round, then the win chance of the duels; an idea a method says
 * nothing of comes after those it ranks. Ties keep the order given. Runs off the UI thread.
 */
final class TopIdeas {
    private static final Comparator<Standing> ORDER = Comparator
            .comparing((Standing s) -> s.score() == null ? null : s.score().score(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(s -> s.dots() == null ? null : s.dots().dots(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(s -> s.strength() == null ? null : s.strength().winChance(),
                    Comparator.nullsLast(Comparator.reverseOrder()));

    private TopIdeas() {
    }

    static List<Long> of(Judgement judgement, List<Long> ids, int n) {
        if (ids.size() <= n) {
            return ids;
        }
        List<VoteTally> dots = judgement.votes().store().rounds().stream().filter(VoteRound::closed)
                .max(Comparator.comparing(VoteRound::closedAt))
                .map(r -> judgement.votes().results(r.id())).orElse(null);
        return Standing.of(ids, judgement.criteria().scores(), dots, judgement.duels().strengths(ids)).stream()
                .sorted(ORDER).limit(n).map(Standing::ideaId).toList();
    }
}
