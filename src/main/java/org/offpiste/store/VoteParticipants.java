package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;

/**
 * Who took part in an anonymous round (table {@code vote_participant}), kept apart from the ballots
 * with nothing linking a name to one: each participant casts one ballot.
 */
final class VoteParticipants {
    private final Database db;

    VoteParticipants(Database db) {
        this.db = db;
    }

    /**
     * Writes down that {@code voter} took part in the anonymous round, in the transaction of their ballot;
     * refused when they did already (case aside). Of two racing requests the table's key lets one win.
     * Called after the ballot is written: on a team board the ballot's trigger has locked the round
     * first, so the casts of a round wait for one another in one order (no deadlock) and this check
     * sees the ballots committed meanwhile.
     */
    void takePart(Connection c, long roundId, String voter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM vote_participant WHERE round_id = ? AND "
                + db.dialect().sameText("voter"))) {
            ps.setLong(1, roundId);
            ps.setString(2, voter);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new VoteRuleException(Rule.ALREADY_VOTED, voter);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_participant (round_id, voter) VALUES (?, ?)")) {
            ps.setLong(1, roundId);
            ps.setString(2, voter);
            ps.executeUpdate();
        }
        rewriteParticipants(c, roundId);
    }

    /**
     * Writes the round's participants again, all of them, in the order of their names: every row is then
     * as new as the others, and none of them tells by its place or its writing transaction (PostgreSQL's
     * xmin) which ballot came with it.
     */
    private void rewriteParticipants(Connection c, long roundId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT voter FROM vote_participant WHERE round_id = ?")) {
            ps.setLong(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM vote_participant WHERE round_id = ?")) {
            ps.setLong(1, roundId);
            ps.executeUpdate();
        }
        // One statement: on a team board every statement is a subtransaction of its own (autosave), and
        // all the rows then share one writing transaction.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO vote_participant (round_id, voter) VALUES "
                + String.join(", ", Collections.nCopies(names.size(), "(?, ?)")))) {
            for (int i = 0; i < names.size(); i++) {
                ps.setLong(2 * i + 1, roundId);
                ps.setString(2 * i + 2, names.get(i));
            }
            ps.executeUpdate();
        }
    }
}
