package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.offpiste.ranking.VoteRuleException.Rule;

/**
 * Dot-vote rounds and their rules. Thread-safe. Every rule is checked before the store is asked
 * (which checks them again in its transaction). In an anonymous round a name given by mistake is
 * dropped here: it never reaches the store.
 */
public final class VoteService {
    private final VoteStore store;
    private final RandomGenerator random;

    public VoteService(VoteStore store, RandomGenerator random) {
        this.store = store;
        this.random = random;
    }

    public VoteStore store() {
        return store;
    }

    /** A quarter of the candidates, at least 1. */
    public static int defaultAllowance(int candidates) {
        return Math.max(1, Math.round(candidates / 4f));
    }

    /**
     * Opens a round; {@code allowance} null means {@link #defaultAllowance(int)}.
     *
     * @throws VoteRuleException when the name is taken, there is no candidate or one is not a live idea
     */
    public VoteRound open(String name, boolean anonymous, Integer allowance, int maxPerIdea, List<Long> candidates) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a round needs a name");
        }
        List<Long> distinct = candidates.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new VoteRuleException(Rule.NO_CANDIDATES, trimmed);
        }
        int dots = allowance == null ? defaultAllowance(distinct.size()) : allowance;
        if (dots < 1 || maxPerIdea < 1) {
            throw new IllegalArgumentException("dots each and dots per idea start at 1");
        }
        if (find(trimmed).filter(r -> r.name().equalsIgnoreCase(trimmed)).isPresent()) {
            throw new VoteRuleException(Rule.NAME_TAKEN, trimmed);
        }
        return store.create(new NewVoteRound(trimmed, anonymous, dots, maxPerIdea, distinct));
    }

    /** A round by id or name (case ignored); a name wins over an id only when no round has that id. */
    public Optional<VoteRound> find(String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.chars().allMatch(Character::isDigit) && key.length() < 18) {
            Optional<VoteRound> byId = store.round(Long.parseLong(key));
            if (byId.isPresent()) {
                return byId;
            }
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return store.rounds().stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }

    /** The candidates in a fresh random order, for the next participant. */
    public List<Long> orderFor(VoteRound round) {
        List<Long> out = new ArrayList<>(round.candidates());
        synchronized (random) {
            for (int i = out.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                out.set(i, out.set(j, out.get(i)));
            }
        }
        return out;
    }

    /**
     * Casts a ballot: each id is one dot (an id given twice is two dots on it). In a named round
     * the voter's earlier ballot is replaced; in an anonymous round {@code voter} is the participant,
     * who casts one ballot only (their name is not stored with it).
     *
     * @throws VoteRuleException when it breaks a rule of the round
     */
    public void cast(long roundId, String voter, List<Long> dots) {
        VoteRound round = existing(roundId);
        String name = nameIn(round, voter);
        Map<Long, Integer> counted = BallotRules.count(dots);
        BallotRules.check(round, name, counted);
        List<BallotVote> votes = new ArrayList<>();
        counted.forEach((id, n) -> votes.add(new BallotVote(id, n)));
        store.cast(roundId, name, votes);
    }

    /**
     * Checks a ballot as {@link #cast} would, without casting it.
     *
     * @throws VoteRuleException when it breaks a rule of the round
     */
    public void check(long roundId, String voter, List<Long> dots) {
        VoteRound round = existing(roundId);
        BallotRules.check(round, nameIn(round, voter), BallotRules.count(dots));
    }

    /**
     * The name under which {@code voter} already holds a ballot in a named round (case ignored): casting
     * again under that name replaces it. Empty in an anonymous round or for a new name.
     */
    public Optional<String> earlierVoter(long roundId, String voter) {
        VoteRound round = existing(roundId);
        String name = nameIn(round, voter);
        if (round.anonymous() || name == null || name.isEmpty()) {
            return Optional.empty();
        }
        String folded = foldAscii(name);
        return store.voters(roundId).stream().filter(v -> foldAscii(v).equals(folded)).findFirst();
    }

    /** Names compare as the file compares them (SQLite's NOCASE folds A-Z only). */
    private static String foldAscii(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.chars().forEach(ch -> out.append((char) (ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch)));
        return out.toString();
    }

    private static String nameIn(VoteRound round, String voter) {
        return voter == null ? null : voter.strip();
    }

    /** @throws VoteRuleException ({@code CLOSED}) when it is closed already */
    public void close(long roundId) {
        if (existing(roundId).closed()) {
            throw new VoteRuleException(Rule.CLOSED, "round " + roundId);
        }
        store.close(roundId);
    }

    /** @throws VoteRuleException ({@code STILL_OPEN}) while the round is open */
    public List<VoteTally> results(long roundId) {
        if (!existing(roundId).closed()) {
            throw new VoteRuleException(Rule.STILL_OPEN, "round " + roundId);
        }
        return store.results(roundId);
    }

    private VoteRound existing(long roundId) {
        return store.round(roundId).orElseThrow(() -> new VoteRuleException(Rule.NO_SUCH_ROUND, "round " + roundId));
    }
}
