package org.offpiste.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.offpiste.ranking.BallotRules;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.NewVoteRound;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/**
 * The VoteStore of a project file (tables {@code vote_round}, {@code vote_candidate}, {@code ballot},
 * {@code ballot_vote}). Every rule is checked here first, so the person is told precisely which one
 * a vote breaks; the file's triggers refuse the same breaks again, and their refusals are translated
 * ({@link VoteRules}). An anonymous ballot is written without name or time (who cast one is kept apart,
 * in {@code vote_participant}, with nothing linking it to the ballot: one ballot per participant), and every ballot gets a
 * random id (positive, below 2^53): nothing in the file orders the ballots of an anonymous round. A named
 * ballot's time is kept, so named ballots are listed by it.
 */
final class SqlVoteStore implements VoteStore {
    private static final int ID_BITS = 53;
    private static final String ROUND_COLUMNS = "id, name, anonymous, allowance, max_per_idea, created_at, closed_at";
    private final Database db;
    private final Times times;
    private final RandomGenerator ids;
    private final VoteParticipants participants;

    SqlVoteStore(Database db, Times times) {
        this(db, times, new SecureRandom());
    }

    /** @param ids draws the ballots' ids */
    SqlVoteStore(Database db, Times times, RandomGenerator ids) {
        this.db = db;
        this.times = times;
        this.ids = ids;
        this.participants = new VoteParticipants(db);
    }

    @Override
    public VoteRound create(NewVoteRound round) {
        List<Long> candidates = List.copyOf(new LinkedHashSet<>(round.candidates()));
        if (candidates.isEmpty()) {
            throw new VoteRuleException(Rule.NO_CANDIDATES, round.name());
        }
        if (round.allowance() < 1 || round.maxPerIdea() < 1) {
            throw new IllegalArgumentException("allowance and dots per idea start at 1");
        }
        return db.write(c -> {
            VoteRules.checkLive(c, candidates);
            if (roundNamed(c, round.name()).isPresent()) {
                throw new VoteRuleException(Rule.NAME_TAKEN, round.name());
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_round (name, anonymous, allowance,"
                    + " max_per_idea, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, round.name());
                ps.setInt(2, round.anonymous() ? 1 : 0);
                ps.setInt(3, round.allowance());
                ps.setInt(4, round.maxPerIdea());
                ps.setString(5, Times.format(times.now()));
                id = SqlValues.insertedId(ps);
            } catch (SQLException e) {
                VoteRules.translate(e);
                throw e;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO vote_candidate (round_id, idea_id, position) VALUES (?, ?, ?)")) {
                for (int i = 0; i < candidates.size(); i++) {
                    ps.setLong(1, id);
                    ps.setLong(2, candidates.get(i));
                    ps.setInt(3, i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return read(c, id).orElseThrow();
        });
    }

    @Override
    public List<VoteRound> rounds() {
        return db.read(c -> {
            List<VoteRound> out = new ArrayList<>();
            for (long id : ids(c)) {
                read(c, id).ifPresent(out::add);
            }
            return out;
        });
    }

    @Override
    public Optional<VoteRound> round(long id) {
        return db.read(c -> read(c, id));
    }

    @Override
    public void cast(long roundId, String voter, List<BallotVote> votes) {
        Map<Long, Integer> dots = new LinkedHashMap<>();
        for (BallotVote v : votes) {
            if (v.dots() < 1) {
                throw new IllegalArgumentException("a vote has at least one dot: " + v);
            }
            dots.merge(v.ideaId(), v.dots(), Integer::sum);
        }
        db.write(c -> {
            VoteRound round = existing(c, roundId);
            BallotRules.check(round, voter, dots);
            try {
                if (!round.anonymous()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM ballot WHERE round_id = ? AND "
                            + db.dialect().sameText("voter"))) {
                        ps.setLong(1, roundId);
                        ps.setString(2, voter);
                        ps.executeUpdate();
                    }
                }
                insertBallot(c, round, voter, dots);
                if (round.anonymous()) {
                    participants.takePart(c, roundId, voter.strip());
                }
            } catch (SQLException e) {
                VoteRules.translate(e);
                throw e;
            }
            return null;
        });
    }

    private void insertBallot(Connection c, VoteRound round, String voter, Map<Long, Integer> dots) throws SQLException {
        long ballot = freeId(c);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ballot (id, round_id, voter, cast_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, ballot);
            ps.setLong(2, round.id());
            ps.setString(3, round.anonymous() ? null : voter);
            ps.setString(4, round.anonymous() ? null : Times.format(times.now()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (?, ?, ?)")) {
            int before = 0;
            for (Map.Entry<Long, Integer> e : dots.entrySet()) {
                ps.setLong(1, ballot);
                ps.setLong(2, e.getKey());
                ps.setInt(3, e.getValue());
                try {
                    ps.executeUpdate();
                } catch (SQLException refused) {
                    VoteRules.diagnose(round, e.getKey(), e.getValue(), before, refused);
                    throw refused;
                }
                before += e.getValue();
            }
        }
    }

    /**
     * A random id no ballot has, drawn again on a collision. (AUTOINCREMENT still keeps the largest id
     * ever given in sqlite_sequence: the same whatever order the ballots came in.)
     */
    private long freeId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM ballot WHERE id = ?")) {
            while (true) {
                long id = ids.nextLong() >>> (Long.SIZE - ID_BITS);
                if (id == 0) {
                    continue;
                }
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
            }
        }
    }

    @Override
    public int ballots(long roundId) {
        return db.read(c -> {
            existing(c, roundId);
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ballot WHERE round_id = ?")) {
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<String> voters(long roundId) {
        return db.read(c -> {
            existing(c, roundId);
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT voter FROM (SELECT voter FROM ballot WHERE round_id = ?"
                    + " AND voter IS NOT NULL UNION ALL SELECT voter FROM vote_participant WHERE round_id = ?) v"
                    + " ORDER BY " + db.dialect().caseBlind("voter"))) {
                ps.setLong(1, roundId);
                ps.setLong(2, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void close(long roundId) {
        db.write(c -> {
            if (existing(c, roundId).closed()) {
                throw new VoteRuleException(Rule.CLOSED, "round " + roundId);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE vote_round SET closed_at = ? WHERE id = ?")) {
                ps.setString(1, Times.format(times.now()));
                ps.setLong(2, roundId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<VoteTally> results(long roundId) {
        return db.read(c -> {
            closedRound(c, roundId);
            List<VoteTally> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT vc.idea_id, COALESCE(SUM(bv.dots), 0) AS dots,"
                    + " COUNT(bv.ballot_id) AS voters FROM vote_candidate vc"
                    + " LEFT JOIN ballot b ON b.round_id = vc.round_id"
                    + " LEFT JOIN ballot_vote bv ON bv.ballot_id = b.id AND bv.idea_id = vc.idea_id"
                    + " WHERE vc.round_id = ? GROUP BY vc.idea_id, vc.position"
                    + " ORDER BY dots DESC, voters DESC, vc.position")) {
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VoteTally(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Ballot> ballotsOf(long roundId) {
        return db.read(c -> {
            closedRound(c, roundId);
            Map<Long, String> voters = new LinkedHashMap<>();
            Map<Long, List<BallotVote>> votes = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.voter, bv.idea_id, bv.dots FROM ballot b"
                    + " LEFT JOIN ballot_vote bv ON bv.ballot_id = b.id WHERE b.round_id = ?"
                    + " ORDER BY b.cast_at, b.id, bv.idea_id")) {
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        voters.put(id, rs.getString(2));
                        List<BallotVote> list = votes.computeIfAbsent(id, k -> new ArrayList<>());
                        Long idea = SqlValues.getLong(rs, 3);
                        if (idea != null) {
                            list.add(new BallotVote(idea, rs.getInt(4)));
                        }
                    }
                }
            }
            List<Ballot> out = new ArrayList<>();
            voters.forEach((id, voter) -> out.add(new Ballot(id, voter, votes.get(id))));
            return out;
        });
    }

    @Override
    public void delete(long roundId) {
        db.write(c -> {
            existing(c, roundId);
            for (String sql : List.of(
                    "DELETE FROM ballot_vote WHERE ballot_id IN (SELECT id FROM ballot WHERE round_id = ?)",
                    "DELETE FROM ballot WHERE round_id = ?",
                    "DELETE FROM vote_participant WHERE round_id = ?",
                    "DELETE FROM vote_candidate WHERE round_id = ?",
                    "DELETE FROM vote_round WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, roundId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static VoteRound existing(Connection c, long id) throws SQLException {
        return read(c, id).orElseThrow(() -> new VoteRuleException(Rule.NO_SUCH_ROUND, "round " + id));
    }

    private static void closedRound(Connection c, long id) throws SQLException {
        if (!existing(c, id).closed()) {
            throw new VoteRuleException(Rule.STILL_OPEN, "round " + id);
        }
    }

    private static List<Long> ids(Connection c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM vote_round ORDER BY created_at DESC, id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static Optional<Long> roundNamed(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM vote_round WHERE " + Dialect.of(c).sameText("name"))) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<VoteRound> read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROUND_COLUMNS + " FROM vote_round WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new VoteRound(rs.getLong(1), rs.getString(2), rs.getInt(3) == 1, rs.getInt(4),
                        rs.getInt(5), candidates(c, id), Times.parse(rs.getString(6)), Times.parse(rs.getString(7))));
            }
        }
    }

    private static List<Long> candidates(Connection c, long roundId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT idea_id FROM vote_candidate WHERE round_id = ? ORDER BY position, idea_id")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
