package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed script written for SQLite ({@code seed/V<n>.sql}), loaded into a PostgreSQL board: the few
 * SQLite-only pieces translated (full-text rows become a {@code tsvector} of the folded text;
 * {@code char(10)} is {@code chr(10)}), then the identities moved past the seeded ids.
 */
final class PostgresSeed {
    private static final String QUOTED = "'((?:[^']|'')*)'";
    private static final Pattern FTS = Pattern.compile("INSERT INTO idea_fts \\(rowid, title, body, tags\\) VALUES \\((\\d+), "
            + QUOTED + ", " + QUOTED + ", " + QUOTED + "\\);?", Pattern.DOTALL);

    private PostgresSeed() {
    }

    /** The script's statements in PostgreSQL's dialect. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        for (String sql : Migrations.statements(script)) {
            Matcher m = FTS.matcher(sql);
            if (m.matches()) {
                String text = fold(unquote(m.group(2)) + " " + unquote(m.group(3)) + " " + unquote(m.group(4)));
                out.add("INSERT INTO idea_fts (rowid, doc) VALUES (" + m.group(1) + ", to_tsvector('simple', '"
                        + text.replace("'", "''") + "'))");
            } else {
                out.add(sql.replace("char(10)", "chr(10)"));
            }
        }
        return out;
    }

    /** Loads the script into the board the connection is on (already set up), in one transaction. */
    static void load(Connection c, String script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script)) {
                s.executeUpdate(sql);
            }
            PostgresSchema.syncIdentities(c);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Lower case, accents removed: the text a search on PostgreSQL compares with. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String unquote(String s) {
        return s.replace("''", "'");
    }
}
