package org.offpiste.ranking;

import java.util.List;
import java.util.Optional;

/**
 * Dot-vote rounds. Implemented in the store package; every call is one transaction. The file
 * itself refuses a ballot that breaks the round's rules, a ballot in a closed round, a name
 * or time on an anonymous ballot, and a second ballot of one participant in an anonymous round
 * ({@link VoteRuleException}).
 */
public interface VoteStore {

    VoteRound create(NewVoteRound round);

    /** Every round, newest first. */
    List<VoteRound> rounds();

    Optional<VoteRound> round(long id);

    /**
     * Casts one participant's whole ballot; {@code voter} (the participant's name) is required. In a
     * named round the ballot replaces that voter's earlier one. In an anonymous round the name is kept
     * apart from the ballot, only to know who has voted (nothing ties it to the ballot, which has no
     * name or time): a participant casts one ballot only; a second one (the name in any case) is refused
     * with {@link VoteRuleException.Rule#ALREADY_VOTED}, even when two requests race.
     */
    void cast(long roundId, String voter, List<BallotVote> votes);

    /** How many ballots were cast (shown while the round is open). */
    int ballots(long roundId);

    /** The names of who voted, by name (in an anonymous round too: who took part is not secret). */
    List<String> voters(long roundId);

    void close(long roundId);

    /** The totals of a closed round, most dots first; every candidate appears. Refused while open. */
    List<VoteTally> results(long roundId);

    /**
     * Every ballot of a closed round (exports): voter (null when anonymous) and votes; named ballots in the
     * order cast, anonymous ones in no telling order. Refused while open.
     */
    List<Ballot> ballotsOf(long roundId);

    void delete(long roundId);

    /** A cast ballot; {@code voter} is null in an anonymous round. */
    record Ballot(long id, String voter, List<BallotVote> votes) {
        public Ballot {
            votes = List.copyOf(votes);
        }
    }
}
