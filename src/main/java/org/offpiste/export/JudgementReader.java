package org.offpiste.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Project;
import org.offpiste.ranking.BradleyTerry;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteStore;

/** Reads what the criteria, dot votes and duels say of the exported ideas from a project's stores. */
final class JudgementReader {
    /** The ideas the ranking screen shows by default. */
    private static final Set<IdeaStatus> IN_PLAY = Set.of(IdeaStatus.INBOX, IdeaStatus.SHORTLIST);

    private JudgementReader() {
    }

    /**
     * {@code ideaIds}: the exported ideas, whose ratings are kept. Rounds are kept whole (a
     * shortlist export still says what each round was). Duels: every one for a whole export,
     * those between exported ideas for a part. Win chances: those of the ranking view and
     * {@code offpiste ranking} by default ({@link BradleyTerry#fitDuelled} over the ideas in play,
     * Inbox and Shortlist).
     */
    static Judgements read(Project project, Collection<Long> ideaIds, boolean whole) {
        Set<Long> ids = new HashSet<>(ideaIds);
        Map<Long, List<CriterionScore>> ratings = new HashMap<>();
        for (CriterionScore s : project.criteria().allScores()) {
            if (ids.contains(s.ideaId())) {
                ratings.computeIfAbsent(s.ideaId(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, org.offpiste.ranking.IdeaScore> scores = new HashMap<>(project.criteria().weightedScores());
        scores.keySet().retainAll(ids);
        List<DuelRecord> duels = project.duels().allDuels().stream()
                .filter(d -> whole || ids.contains(d.leftId()) && ids.contains(d.rightId()))
                .sorted(Comparator.comparing(DuelRecord::createdAt).thenComparingLong(DuelRecord::id))
                .toList();
        return new Judgements(project.criteria().criteria(), ratings, scores, rounds(project.votes()), duels,
                strengths(project, ids));
    }

    private static List<RoundResult> rounds(VoteStore votes) {
        List<RoundResult> out = new ArrayList<>();
        for (VoteRound r : votes.rounds()) {
            out.add(r.closed() ? new RoundResult(r, votes.results(r.id()), votes.ballotsOf(r.id()))
                    : new RoundResult(r, List.of(), List.of()));
        }
        return out;
    }

    /** {@code DuelService.strengths} of the ideas in play: ideas without a duel among them get no win chance. */
    private static Map<Long, Strength> strengths(Project project, Set<Long> ids) {
        List<DuelRecord> live = project.duels().duels();
        Map<Long, Strength> out = new HashMap<>();
        if (live.isEmpty()) {
            return out;
        }
        List<Long> inPlay = project.ideas().query(IdeaQuery.all().withStatuses(IN_PLAY)).stream().map(Idea::id)
                .toList();
        for (Strength s : BradleyTerry.withPrior().fitDuelled(inPlay, live.stream().map(DuelRecord::duel).toList())) {
            if (ids.contains(s.ideaId())) {
                out.put(s.ideaId(), s);
            }
        }
        return out;
    }
}
