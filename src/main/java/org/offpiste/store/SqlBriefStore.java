package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefStore;
import org.offpiste.brief.BriefVersion;

/** Brief versions in table {@code brief_version}: one row per version, one column per field. */
final class SqlBriefStore implements BriefStore {
    private static final String FIELDS = Stream.of(BriefField.values())
            .map(SqlBriefStore::column).collect(Collectors.joining(", "));
    private static final String SELECT = "SELECT id, created_at, updated_at, " + FIELDS + " FROM brief_version ";
    private final Database db;
    private final Times times;

    SqlBriefStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    /** The column of a field: its key in snake case ("successCriteria" → "success_criteria"). */
    static String column(BriefField field) {
        return field.key().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<BriefVersion> latest() {
        return db.read(c -> first(c, SELECT + "ORDER BY id DESC LIMIT 1"));
    }

    @Override
    public BriefVersion append(Brief brief) {
        return db.write(c -> {
            String now = Times.format(times.now());
            String marks = Stream.of(BriefField.values()).map(f -> "?").collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO brief_version (created_at, updated_at, "
                    + FIELDS + ") VALUES (?, ?, " + marks + ") RETURNING id")) {
                ps.setString(1, now);
                ps.setString(2, now);
                bindFields(ps, 3, brief);
                return byId(c, SqlValues.insertedId(ps)).orElseThrow();
            }
        });
    }

    @Override
    public BriefVersion amend(long id, Brief brief) {
        return db.write(c -> {
            String sets = Stream.of(BriefField.values()).map(f -> column(f) + " = ?").collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement("UPDATE brief_version SET updated_at = ?, "
                    + sets + " WHERE id = ?")) {
                ps.setString(1, Times.format(times.now()));
                int next = bindFields(ps, 2, brief);
                ps.setLong(next, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No brief version " + id);
                }
            }
            return byId(c, id).orElseThrow();
        });
    }

    @Override
    public List<BriefVersion> versions() {
        return db.read(c -> {
            List<BriefVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + "ORDER BY id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<BriefVersion> version(long id) {
        return db.read(c -> byId(c, id));
    }

    private static Optional<BriefVersion> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Optional<BriefVersion> first(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static int bindFields(PreparedStatement ps, int start, Brief brief) throws SQLException {
        int i = start;
        for (BriefField f : BriefField.values()) {
            ps.setString(i++, brief.get(f));
        }
        return i;
    }

    private static BriefVersion row(ResultSet rs) throws SQLException {
        Map<BriefField, String> values = new EnumMap<>(BriefField.class);
        for (BriefField f : BriefField.values()) {
            values.put(f, rs.getString(column(f)));
        }
        Instant created = Times.parse(rs.getString("created_at"));
        Instant updated = Times.parse(rs.getString("updated_at"));
        return new BriefVersion(rs.getLong("id"), created, updated, Brief.of(values));
    }
}
