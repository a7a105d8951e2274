package org.offpiste.export;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Strength;

/**
 * What the three ways to rank say, read once for an export.
 *
 * @param criteria  every criterion, active or not, by position
 * @param ratings   each exported idea's scores, by criterion then rater
 * @param scores    the weighted score of each rated idea
 * @param rounds    every dot-vote round, newest first
 * @param duels     every duel, oldest first
 * @param strengths each duelled idea's fitted chance of beating a random other
 */
public record Judgements(List<Criterion> criteria, Map<Long, List<CriterionScore>> ratings, Map<Long, IdeaScore> scores,
                         List<RoundResult> rounds, List<DuelRecord> duels, Map<Long, Strength> strengths) {
    private static final Judgements NONE = new Judgements(List.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());

    public Judgements {
        criteria = List.copyOf(criteria);
        ratings = Map.copyOf(ratings);
        scores = Map.copyOf(scores);
        rounds = List.copyOf(rounds);
        duels = List.copyOf(duels);
        strengths = Map.copyOf(strengths);
    }

    /** Nothing rated, voted or duelled. */
    public static Judgements none() {
        return NONE;
    }

    /** The newest closed round, whose dots the one-pager shows. */
    public Optional<RoundResult> latestClosedRound() {
        return rounds.stream().filter(r -> r.round().closed())
                .max(Comparator.comparing((RoundResult r) -> r.round().closedAt()).thenComparing(r -> r.round().id()));
    }

    public Optional<IdeaScore> score(long ideaId) {
        return Optional.ofNullable(scores.get(ideaId));
    }

    public Optional<Strength> strength(long ideaId) {
        return Optional.ofNullable(strengths.get(ideaId));
    }

    public List<CriterionScore> ratings(long ideaId) {
        return ratings.getOrDefault(ideaId, List.of());
    }
}
