package org.offpiste.ranking;

import java.util.List;
import java.util.Optional;

/**
 * Dot-vote rounds. Implemented in the store package; every call is one transaction. The file
 * itself refuses a ballot that breaks the round's rules, a ballot in a closed round, and a name
 * or time on an anonymous ballot ({@link VoteRuleException}).
 */
public interface VoteStore {

    VoteRound create(NewVoteRound round);

    /** Every round, newest first. */
    List<VoteRound> rounds();

    Optional<VoteRound> round(long id);

    /**
     * Casts one participant's whole ballot. In a named round {@code voter} is required and replaces
     * that voter's earlier ballot; in an anonymous round it must be null and each call is one more ballot.
     */
    void cast(long roundId, String voter, List<BallotVote> votes);

    /** How many ballots were cast (shown while the round is open). */
    int ballots(long roundId);

    /** The names of who voted, by name (empty for an anonymous round). */
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
