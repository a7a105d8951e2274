package org.offpiste.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offpiste.board.Idea;

/**
 * Copies a whole board from one database to another, whatever their dialects (a file to a team
 * board, a team board to a file): every table of {@link CopyPlan}, rows in primary-key order with
 * their ids, in batches, in one transaction on the target. The full-text index is rebuilt on the
 * target from its ideas, and each identity continues after the source's last id.
 */
final class ProjectCopier {
    static final int BATCH = 500;

    private ProjectCopier() {
    }

    /** Copies everything in {@code source} to {@code target}, whose tables are emptied first, in one transaction. */
    static void copy(Database source, Database target) {
        copy(source, target, to -> null);
    }

    /**
     * As {@link #copy(Database, Database)}, once {@code check} has run on the target in the same
     * transaction (it throws to refuse the copy).
     */
    static void copy(Database source, Database target, SqlWork<?> check) {
        source.read(from -> {
            Snapshot snapshot = Snapshot.begin(from, source.dialect());
            try {
                target.write(to -> {
                    check.run(to);
                    copy(from, source.dialect(), to, target.dialect());
                    return null;
                });
            } finally {
                snapshot.end();
            }
            return null;
        });
    }

    /** The copy itself, inside the caller's transaction on {@code to}. */
    static void copy(Connection from, Dialect fromDialect, Connection to, Dialect toDialect) throws SQLException {
        clear(to, toDialect);
        Map<CopyPlan.Table, List<Object[]>> later = new LinkedHashMap<>();
        for (CopyPlan.Table table : CopyPlan.TABLES) {
            later.put(table, copyRows(from, to, table));
        }
        for (Map.Entry<CopyPlan.Table, List<Object[]>> e : later.entrySet()) {
            writeLater(to, e.getKey(), e.getValue());
        }
        for (CopyPlan.Table table : CopyPlan.TABLES) {
            if (table.identity()) {
                continueIds(to, toDialect, table.name(), lastId(from, fromDialect, table.name()));
            }
        }
        rebuildSearch(to);
    }

    /** Empties every table of the target, the search index too, children first. */
    private static void clear(Connection to, Dialect dialect) throws SQLException {
        try (Statement s = to.createStatement()) {
            s.executeUpdate(dialect == Dialect.SQLITE
                    ? "INSERT INTO " + CopyPlan.SEARCH_INDEX + " (" + CopyPlan.SEARCH_INDEX + ") VALUES ('delete-all')"
                    : "DELETE FROM " + CopyPlan.SEARCH_INDEX);
            for (int i = CopyPlan.TABLES.size() - 1; i >= 0; i--) {
                s.executeUpdate("DELETE FROM " + CopyPlan.TABLES.get(i).name());
            }
        }
    }

    /** Copies the rows of one table; returns the key and later columns of the rows that have a later value. */
    private static List<Object[]> copyRows(Connection from, Connection to, CopyPlan.Table table) throws SQLException {
        Map<String, Integer> targetTypes = columnTypes(to, table.name());
        List<String> columns = new ArrayList<>();
        for (String c : columnTypes(from, table.name()).keySet()) {
            if (targetTypes.containsKey(c)) {
                columns.add(c);
            }
        }
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        List<Object[]> later = new ArrayList<>();
        try (Statement read = from.createStatement();
             PreparedStatement write = to.prepareStatement(
                     "INSERT INTO " + table.name() + " (" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table.name()
                    + " ORDER BY " + String.join(", ", table.key()))) {
                int pending = 0;
                while (rs.next()) {
                    Object[] laterRow = new Object[table.key().size() + table.later().size()];
                    boolean hasLater = false;
                    for (int i = 0; i < columns.size(); i++) {
                        String column = columns.get(i);
                        Object value = rs.getObject(i + 1);
                        int k = table.key().indexOf(column);
                        if (k >= 0) {
                            laterRow[k] = value;
                        }
                        int l = table.later().indexOf(column);
                        if (l >= 0) {
                            laterRow[table.key().size() + l] = value;
                            hasLater |= value != null;
                            value = null;
                        }
                        bind(write, i + 1, value, targetTypes.get(column));
                    }
                    if (hasLater) {
                        later.add(laterRow);
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
        return later;
    }

    /** Sets the columns held back (self references, a round's closing) now that every row is in. */
    private static void writeLater(Connection to, CopyPlan.Table table, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Integer> types = columnTypes(to, table.name());
        String set = String.join(", ", table.later().stream().map(c -> c + " = ?").toList());
        String where = String.join(" AND ", table.key().stream().map(c -> c + " = ?").toList());
        List<String> order = new ArrayList<>(table.later());
        order.addAll(table.key());
        try (PreparedStatement ps = to.prepareStatement("UPDATE " + table.name() + " SET " + set + " WHERE " + where)) {
            int keys = table.key().size();
            for (Object[] row : rows) {
                for (int i = 0; i < order.size(); i++) {
                    int from = i < table.later().size() ? keys + i : i - table.later().size();
                    bind(ps, i + 1, row[from], types.get(order.get(i)));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Binds a value read from one dialect for the other: numbers as long or double, bytes as bytes. */
    static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            ps.setLong(index, ((Number) value).longValue());
        } else if (value instanceof Float f) {
            ps.setDouble(index, Double.parseDouble(f.toString()));
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof BigDecimal d) {
            if (d.scale() <= 0) {
                ps.setLong(index, d.longValueExact());
            } else {
                ps.setDouble(index, d.doubleValue());
            }
        } else if (value instanceof Boolean b) {
            ps.setLong(index, b ? 1 : 0);
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else {
            ps.setObject(index, value);
        }
    }

    /** The columns of {@code table} (lower case, in order) with their JDBC types. */
    static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                out.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
        }
        return out;
    }

    /** The last id the source gave out in {@code table} (a deleted row's id is not given again), 0 if none. */
    private static long lastId(Connection from, Dialect dialect, String table) throws SQLException {
        String sql = dialect == Dialect.SQLITE
                ? "SELECT MAX(seq) FROM sqlite_sequence WHERE name = ?"
                : "SELECT pg_sequence_last_value(CAST(pg_get_serial_sequence(?, 'id') AS regclass))";
        long given;
        try (PreparedStatement ps = from.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                given = rs.next() ? rs.getLong(1) : 0;
            }
        }
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM " + table)) {
            return Math.max(given, rs.next() ? rs.getLong(1) : 0);
        }
    }

    /** New rows of {@code table} on the target get ids after {@code last}. */
    private static void continueIds(Connection to, Dialect dialect, String table, long last) throws SQLException {
        if (last < 1) {
            return;
        }
        if (dialect == Dialect.POSTGRES) {
            try (PreparedStatement ps = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)")) {
                ps.setString(1, table);
                ps.setLong(2, last);
                ps.executeQuery().close();
            }
            return;
        }
        try (PreparedStatement ps = to.prepareStatement("UPDATE sqlite_sequence SET seq = ? WHERE name = ?")) {
            ps.setLong(1, last);
            ps.setString(2, table);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = to.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
            ps.setString(1, table);
            ps.setLong(2, last);
            ps.executeUpdate();
        }
    }

    /** Indexes every live idea of the target for search, through the store's own index code. */
    static void rebuildSearch(Connection to) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = to.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM idea WHERE deleted_at IS NULL ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (FtsIndex fts = FtsIndex.writer(to)) {
            for (int start = 0; start < ids.size(); start += BATCH) {
                for (Idea i : IdeaRows.load(to, ids.subList(start, Math.min(ids.size(), start + BATCH)), false)) {
                    fts.add(i.id(), i.title(), i.body(), i.tags());
                }
                fts.flush();
            }
        }
    }
}
