package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;

/**
 * Sets up or migrates a team board's schema when it is connected to, in the connection's current
 * schema: an empty one becomes an empty board, an older board is migrated, and a board written by a
 * newer Offpiste or a schema holding something else is refused untouched. All in one transaction,
 * under an advisory lock, so that two clients connecting at once do not both migrate.
 */
final class PostgresSchema {
    private PostgresSchema() {
    }

    /** Returns the board's schema version, now {@link Migrations#CURRENT}. */
    static int setUp(Connection c, Path path) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pg_advisory_xact_lock(?, hashtext(coalesce(current_schema(), '')))")) {
                ps.setInt(1, Migrations.APPLICATION_ID);
                ps.executeQuery().close();
            }
            List<String> tables = tables(c);
            int version = 0;
            if (tables.contains("offpiste_schema")) {
                version = version(c, path);
            } else if (!tables.isEmpty()) {
                throw new ProjectException(Problem.NOT_OFFPISTE, path, "holds " + tables.size() + " other tables");
            }
            if (version > Migrations.CURRENT) {
                throw new ProjectException(Problem.NEWER_VERSION, path, "schema " + version);
            }
            if (version < Migrations.CURRENT) {
                Migrations.migratePostgres(c, version, Migrations.CURRENT);
            }
            c.commit();
            return Migrations.CURRENT;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Moves every identity of the current schema past the largest id its table holds: rows written
     * with their own ids (a copied board, a seed) leave the identity behind, and the next row the
     * stores add would take an id already used. (SQLite's AUTOINCREMENT follows by itself.)
     */
    static void syncIdentities(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND is_identity = 'YES'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] col : columns) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                    + " coalesce((SELECT max(" + col[1] + ") FROM " + col[0] + "), 0) + 1, false)")) {
                ps.setString(1, col[0]);
                ps.setString(2, col[1]);
                ps.executeQuery().close();
            }
        }
    }

    /** The tables and views of the connection's current schema. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static int version(Connection c, Path path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT application_id, version FROM offpiste_schema");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getInt(1) != Migrations.APPLICATION_ID) {
                throw new ProjectException(Problem.NOT_OFFPISTE, path, "offpiste_schema names another application");
            }
            return rs.getInt(2);
        }
    }
}
