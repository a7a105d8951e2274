package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelStore;

/**
 * The duels of a project file (table {@code duel}). {@link #duels()} reads only the duels whose two
 * ideas are both live (neither deleted nor merged away); {@link #allDuels()} reads them all.
 */
final class SqlDuelStore implements DuelStore {
    private static final String COLUMNS = "SELECT d.id, d.left_id, d.right_id, d.result, d.rater, d.created_at FROM duel d";
    private static final String LIVE = " JOIN idea l ON l.id = d.left_id AND l.deleted_at IS NULL"
            + " JOIN idea r ON r.id = d.right_id AND r.deleted_at IS NULL";
    private final Database db;
    private final Times times;

    SqlDuelStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public DuelRecord add(long leftId, long rightId, Duel.Result result, String rater) {
        Duel duel = new Duel(leftId, rightId, result);
        String who = rater == null ? "" : rater.strip();
        return db.write(c -> {
            String now = Times.format(times.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duel (left_id, right_id, result, rater, created_at)"
                    + " VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, duel.left());
                ps.setLong(2, duel.right());
                ps.setString(3, duel.result().name().toLowerCase(Locale.ROOT));
                ps.setString(4, who);
                ps.setString(5, now);
                return new DuelRecord(SqlValues.insertedId(ps), duel.left(), duel.right(), duel.result(), who,
                        Times.parse(now));
            }
        });
    }

    @Override
    public void remove(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM duel WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<DuelRecord> duels() {
        return db.read(c -> read(c, COLUMNS + LIVE + " ORDER BY d.id"));
    }

    @Override
    public List<DuelRecord> allDuels() {
        return db.read(c -> read(c, COLUMNS + " ORDER BY d.id"));
    }

    private static List<DuelRecord> read(Connection c, String sql) throws SQLException {
        List<DuelRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DuelRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Duel.Result.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5),
                        Times.parse(rs.getString(6))));
            }
        }
        return out;
    }
}
