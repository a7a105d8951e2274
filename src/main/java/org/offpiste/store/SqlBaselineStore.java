package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;
import org.offpiste.novelty.BaselineStore;
import org.offpiste.novelty.Vectors;

/** Banal baselines, one per brief version (tables {@code baseline} and {@code baseline_item}). */
final class SqlBaselineStore implements BaselineStore {
    private static final String SELECT = "SELECT brief_version_id, provider, model, prompt, answer, created_at"
            + " FROM baseline ";
    private final Database db;
    private final Times times;

    SqlBaselineStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public Optional<Baseline> baseline(long briefVersionId) {
        return db.read(c -> first(c, SELECT + "WHERE brief_version_id = ?", briefVersionId));
    }

    @Override
    public Optional<Baseline> latest() {
        return db.read(c -> first(c, SELECT + "ORDER BY brief_version_id DESC LIMIT 1", null));
    }

    @Override
    public void save(Baseline baseline) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM baseline WHERE brief_version_id = ?")) {
                ps.setLong(1, baseline.briefVersionId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO baseline (brief_version_id, provider, model,"
                    + " prompt, answer, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, baseline.briefVersionId());
                ps.setString(2, baseline.provider());
                ps.setString(3, baseline.model());
                ps.setString(4, baseline.prompt());
                ps.setString(5, baseline.answer());
                ps.setString(6, Times.format(baseline.createdAt() == null ? times.now() : baseline.createdAt()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO baseline_item (brief_version_id, item_index,"
                    + " title, body, model, vector) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (BaselineItem item : baseline.items()) {
                    ps.setLong(1, baseline.briefVersionId());
                    ps.setInt(2, item.index());
                    ps.setString(3, item.title());
                    ps.setString(4, item.body());
                    ps.setString(5, item.model());
                    ps.setBytes(6, Vectors.pack(item.vector()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The first baseline {@code sql} selects, with its items; {@code versionId} binds its one parameter, if any. */
    private static Optional<Baseline> first(Connection c, String sql, Long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (versionId != null) {
                ps.setLong(1, versionId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong("brief_version_id");
                return Optional.of(new Baseline(id, rs.getString("provider"), rs.getString("model"),
                        rs.getString("prompt"), rs.getString("answer"), Times.parse(rs.getString("created_at")),
                        items(c, id)));
            }
        }
    }

    private static List<BaselineItem> items(Connection c, long briefVersionId) throws SQLException {
        List<BaselineItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_index, title, body, model, vector"
                + " FROM baseline_item WHERE brief_version_id = ? ORDER BY item_index")) {
            ps.setLong(1, briefVersionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new BaselineItem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Vectors.unpack(rs.getBytes(5))));
                }
            }
        }
        return out;
    }
}
