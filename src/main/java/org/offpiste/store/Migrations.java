package org.offpiste.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history: {@code V<n>__<name>.sql} resources beside this class, applied in order.
 * The file's {@code PRAGMA user_version} says how many have been applied. A team board on
 * PostgreSQL has the same history in its own dialect ({@code postgres/V<n>__<name>.sql}), and
 * keeps the count in its table {@code offpiste_schema}.
 */
final class Migrations {
    /** Offpiste's SQLite application id: "OFPS". */
    static final int APPLICATION_ID = 0x4F465053;
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__conversations.sql", "V3__ideation.sql",
            "V4__judgement.sql", "V5__workshop.sql");
    static final int CURRENT = SCRIPTS.size();
    /** Where the PostgreSQL scripts are, beside the SQLite ones. */
    static final String POSTGRES = "postgres/";

    private Migrations() {
    }

    /**
     * Brings the schema from {@code from} up to {@code to}; the caller holds a transaction.
     * Sets the application id and user_version.
     */
    static void migrate(Connection c, int from, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int v = from + 1; v <= to; v++) {
                for (String sql : statements(SCRIPTS.get(v - 1))) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            s.executeUpdate("PRAGMA user_version = " + to);
        }
    }

    /**
     * Brings a team board's schema from {@code from} up to {@code to} on PostgreSQL; the caller holds
     * a transaction. Records the version in {@code offpiste_schema} (made by the first script).
     */
    static void migratePostgres(Connection c, int from, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int v = from + 1; v <= to; v++) {
                for (String sql : statements(POSTGRES + SCRIPTS.get(v - 1))) {
                    s.executeUpdate(sql);
                }
            }
            if (from == 0) {
                s.executeUpdate("INSERT INTO offpiste_schema (application_id, version) VALUES ("
                        + APPLICATION_ID + ", " + to + ")");
            } else {
                s.executeUpdate("UPDATE offpiste_schema SET version = " + to);
            }
        }
    }

    /**
     * The statements of a script: split at semicolons that end a line, except inside a
     * {@code $$ … $$} body (a plpgsql function); "--" comment lines dropped.
     */
    static List<String> statements(String script) {
        String text;
        try (InputStream in = Migrations.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + script);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (dollarQuotes(line) % 2 == 1) {
                inBody = !inBody;
            }
            if (trimmed.endsWith(";") && !inBody) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static int dollarQuotes(String line) {
        int count = 0;
        for (int i = line.indexOf("$$"); i >= 0; i = line.indexOf("$$", i + 2)) {
            count++;
        }
        return count;
    }
}
