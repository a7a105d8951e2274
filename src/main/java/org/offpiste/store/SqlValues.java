package org.offpiste.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Nullable columns, ids of inserted rows and id lists ({@code IN (?, ?, …)}) for the stores. */
final class SqlValues {
    private SqlValues() {
    }

    /**
     * Runs an {@code INSERT … RETURNING id} (SQLite and PostgreSQL both take it) and returns the id;
     * the statement's marks must be bound already.
     */
    static long insertedId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the insert returned no id");
            }
            return rs.getLong(1);
        }
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    static Long getLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    /** The ids in runs of at most {@code size}, each small enough for one {@code IN} list. */
    static List<List<Long>> chunks(Collection<Long> ids, int size) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /** {@code ?, ?, ?}: the marks of an {@code IN} list of n values. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds the ids to the first marks of the statement. */
    static void bind(PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }
}
