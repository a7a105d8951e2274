package org.offpiste.ranking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offpiste.ranking.VoteRuleException.Rule;

/** The rules a ballot must keep in its round; checked by the service and again by the store. */
public final class BallotRules {
    private BallotRules() {
    }

    /** Dots per idea, in the order the ideas first appear: each id is one dot. */
    public static Map<Long, Integer> count(List<Long> dots) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (Long id : dots) {
            out.merge(id, 1, Integer::sum);
        }
        return out;
    }

    /**
     * Refuses a ballot that breaks a rule of {@code round}.
     *
     * @param voter the participant, in a named round and in an anonymous one
     * @param dots  dots per idea
     * @throws VoteRuleException naming the first rule broken
     */
    public static void check(VoteRound round, String voter, Map<Long, Integer> dots) {
        String where = "round " + round.id();
        if (round.closed()) {
            throw new VoteRuleException(Rule.CLOSED, where);
        }
        if (voter == null || voter.isBlank()) {
            throw new VoteRuleException(Rule.NAME_NEEDED, where);
        }
        int total = 0;
        for (Map.Entry<Long, Integer> e : dots.entrySet()) {
            if (!round.candidates().contains(e.getKey())) {
                throw new VoteRuleException(Rule.NOT_A_CANDIDATE, String.valueOf(e.getKey()));
            }
            if (e.getValue() > round.maxPerIdea()) {
                throw new VoteRuleException(Rule.OVER_PER_IDEA, e.getKey() + ": " + e.getValue());
            }
            total += e.getValue();
        }
        if (total == 0) {
            throw new VoteRuleException(Rule.EMPTY_BALLOT, where);
        }
        if (total > round.allowance()) {
            throw new VoteRuleException(Rule.OVER_ALLOWANCE, total + " > " + round.allowance());
        }
    }
}
