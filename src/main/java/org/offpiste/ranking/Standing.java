package org.offpiste.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the three methods say of one idea, side by side (the ranking view and {@code offpiste ranking}).
 *
 * @param score    its weighted score (1 to 5), null when nobody rated it
 * @param dots     its dots in the chosen closed round, null when there is no such round or it was no candidate
 * @param strength what the duels say (a wide interval when it took part in few)
 */
public record Standing(long ideaId, IdeaScore score, VoteTally dots, Strength strength) {
    /** Below this many duels an idea's win chance is marked "few duels". */
    public static final int FEW_DUELS = 3;

    /** What to sort by. */
    public enum By { SCORE, VOTES, DUELS }

    /** The ideas in the order given, with what each method says of them. */
    public static List<Standing> of(List<Long> ideas, Map<Long, IdeaScore> scores, List<VoteTally> round,
                                    List<Strength> strengths) {
        Map<Long, VoteTally> tallies = round == null ? Map.of()
                : round.stream().collect(java.util.stream.Collectors.toMap(VoteTally::ideaId, t -> t, (a, b) -> a));
        Map<Long, Strength> byId = strengths.stream()
                .collect(java.util.stream.Collectors.toMap(Strength::ideaId, s -> s, (a, b) -> a));
        return ideas.stream().map(id -> new Standing(id, scores.get(id), tallies.get(id), byId.get(id))).toList();
    }

    public boolean fewDuels() {
        return strength == null || strength.duels() < FEW_DUELS;
    }

    /** Best first by {@code by}; an idea the method says nothing of comes last; then by win chance. */
    public static Comparator<Standing> best(By by) {
        Comparator<Standing> first = switch (by) {
            case SCORE -> Comparator.comparing(s -> s.score == null ? null : s.score.score(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case VOTES -> Comparator.comparing(s -> s.dots == null ? null : s.dots.dots(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case DUELS -> Comparator.comparing((Standing s) -> 0);
        };
        return first.thenComparing(s -> s.strength == null ? null : s.strength.winChance(),
                Comparator.nullsLast(Comparator.reverseOrder()));
    }
}
