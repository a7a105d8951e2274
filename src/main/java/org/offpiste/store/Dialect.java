package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The SQL dialect of a project's database. The stores are written once, in SQL that SQLite and
 * PostgreSQL both take (RETURNING, ON CONFLICT … DO UPDATE, lower() for case-blind order); the
 * few places where the two differ ask their dialect for the fragment. See
 * docs/decisions/0020-one-store-for-sqlite-and-postgresql.md.
 */
enum Dialect {
    /** A project file. Text compared case-blind has NOCASE columns or indexes. */
    SQLITE {
        @Override
        String idList() {
            return "SELECT value FROM json_each(?)";
        }

        @Override
        String caseBlind(String column) {
            return column + " COLLATE NOCASE";
        }

        @Override
        String sameText(String column) {
            return column + " = ? COLLATE NOCASE";
        }

        @Override
        String caseBlindKey(String column) {
            return column;
        }

        @Override
        String indexedBy(String index) {
            return " INDEXED BY " + index;
        }

        @Override
        String crossJoin() {
            return " CROSS";
        }

        @Override
        String ftsMatch() {
            return "SELECT rowid FROM idea_fts WHERE idea_fts MATCH ?";
        }

        @Override
        String ftsInsert() {
            return "INSERT INTO idea_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)";
        }

        @Override
        long[] newIds(Connection c, String table, int n) throws SQLException {
            // Ids are never reused, even after a purge: AUTOINCREMENT's sequence is honoured.
            try (PreparedStatement ps = c.prepareStatement("SELECT max(coalesce((SELECT seq FROM sqlite_sequence"
                    + " WHERE name = ?), 0), coalesce((SELECT max(id) FROM " + table + "), 0)) + 1")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long first = rs.getLong(1);
                    long[] out = new long[n];
                    Arrays.setAll(out, k -> first + k);
                    return out;
                }
            }
        }
    },
    /**
     * A team board. Text compared case-blind has unique indexes on {@code lower(column COLLATE "C")}:
     * in the "C" collation lower() folds A–Z only and text sorts by code point, exactly as SQLite's
     * NOCASE, whatever the server's own collation (a file's "Été" and "été" stay two names).
     */
    POSTGRES {
        @Override
        String idList() {
            return "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS JSON))";
        }

        @Override
        String caseBlind(String column) {
            return folded(column);
        }

        @Override
        String sameText(String column) {
            return folded(column) + " = " + folded("CAST(? AS TEXT)");
        }

        @Override
        String caseBlindKey(String column) {
            return folded(column);
        }

        @Override
        String indexedBy(String index) {
            return "";
        }

        @Override
        String crossJoin() {
            return "";
        }

        @Override
        String ftsMatch() {
            return "SELECT rowid FROM idea_fts WHERE doc @@ to_tsquery('simple', ?)";
        }

        @Override
        String ftsInsert() {
            return "INSERT INTO idea_fts (rowid, doc) VALUES (?, strip(to_tsvector('simple', ?)))"
                    + " ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc";
        }

        @Override
        long[] newIds(Connection c, String table, int n) throws SQLException {
            // Drawn from the identity's sequence: another client inserting meanwhile gets other ids.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                ps.setString(1, table);
                ps.setInt(2, n);
                long[] out = new long[n];
                int k = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out[k++] = rs.getLong(1);
                    }
                }
                Arrays.sort(out);
                return out;
            }
        }
    };

    /** PostgreSQL: {@code column} folded as SQLite's NOCASE folds it (A–Z only), in code point order. */
    private static String folded(String column) {
        return "lower(" + column + " COLLATE \"C\")";
    }

    /** The dialect of an open connection (both drivers answer from memory, without a round trip). */
    static Dialect of(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) ? POSTGRES : SQLITE;
    }

    /** {@code SELECT <id> FROM …}: the ids of a JSON array ({@code [1,2,3]}) bound as text to its one mark. */
    abstract String idList();

    /**
     * {@code column} in a case-blind order, walking the column's case-blind index where it has one
     * (the board's title order, {@code idea_by_title}).
     */
    abstract String caseBlind(String column);

    /** The condition "{@code column} is the bound text, case aside", answered by the column's case-blind unique index. */
    abstract String sameText(String column);

    /** {@code column} in an {@code ON CONFLICT (…)} target whose unique key ignores case. */
    abstract String caseBlindKey(String column);

    /** Names the index a query must walk (SQLite cannot tell a broad filter); "" where the planner knows. */
    abstract String indexedBy(String index);

    /** " CROSS" before a JOIN whose order must stay as written (SQLite); "" elsewhere. */
    abstract String crossJoin();

    /** {@code SELECT rowid FROM idea_fts WHERE …}: the ideas matching the query text of {@link SearchText#match}. */
    abstract String ftsMatch();

    /** Writes the full-text row of one idea: the marks {@link FtsIndex#bind} fills. */
    abstract String ftsInsert();

    /** {@code n} new ids for rows of {@code table} (with an identity {@code id}), in increasing order. */
    abstract long[] newIds(Connection c, String table, int n) throws SQLException;
}
