package org.offpiste.store;

import java.util.List;
import java.util.Optional;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteTally;
import org.offpiste.ranking.VoteStore;

/** The VoteStore of a project file. Stub of the contract: the store stream implements it. */
final class SqliteVoteStore implements VoteStore {
    private final Database db;
    private final Times times;

    SqliteVoteStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public VoteRound create(NewVoteRound round) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<VoteRound> rounds() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<VoteRound> round(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void cast(long roundId, String voter, List<BallotVote> votes) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int ballots(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> voters(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<VoteTally> results(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Ballot> ballotsOf(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void delete(long roundId) {
        throw new UnsupportedOperationException("not yet");
    }
}
