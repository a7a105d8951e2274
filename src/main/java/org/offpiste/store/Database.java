package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.offpiste.project.TeamBoardAddress;

/**
 * The one database connection of an open project, whichever its kind: a project file
 * ({@link SqliteDatabase}) or a team board on a PostgreSQL server ({@link PostgresDatabase}). The
 * stores talk only to this: every access is serialized, {@link #write} is one transaction, and a
 * failure reaches them as a {@link org.offpiste.project.ProjectException}.
 */
abstract class Database implements AutoCloseable {

    /** Opens and checks an existing project file (see {@link SqliteDatabase#open}). */
    static Database open(Path path, boolean readOnly) {
        return SqliteDatabase.open(path, readOnly);
    }

    /** Sets up the schema in a new, empty project file. */
    static Database create(Path path) {
        return SqliteDatabase.create(path);
    }

    /** Runs {@code work} alone on the connection. */
    abstract <T> T read(SqlWork<T> work);

    /** Runs {@code work} alone in one transaction; any failure rolls it all back. */
    abstract <T> T write(SqlWork<T> work);

    abstract boolean readOnly();

    /** The file; for a team board, its address as a path ({@link TeamBoardAddress#asPath()}). */
    abstract Path path();

    abstract Dialect dialect();

    /** Where the board lives when it is on a server; empty for a file. */
    Optional<TeamBoardAddress> teamBoard() {
        return Optional.empty();
    }

    @Override
    public abstract void close();

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
