package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The one JDBC connection of an open project file. Every access is serialized by a lock;
 * {@link #write} runs its work in one transaction. While open, the connection holds SQLite's
 * exclusive lock on the file (so another process gets {@link Problem#LOCKED}) and writes
 * through a write-ahead log; {@link #close()} folds the log back so one file remains.
 */
final class SqliteDatabase extends Database {
    /** How long a second process waits for the file before it is told the file is locked. */
    static final int BUSY_TIMEOUT_MS = 200;
    private final Path path;
    private final Connection connection;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private SqliteDatabase(Path path, Connection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens and checks an existing file, migrating it when it is older; refuses bad files untouched. */
    static SqliteDatabase open(Path path, boolean readOnly) {
        Connection c = connect(path, readOnly, false);
        try {
            int version = check(path, c);
            if (readOnly) {
                if (version < Migrations.CURRENT) {
                    throw new ProjectException(Problem.READ_ONLY, path, "schema " + version + " needs an upgrade");
                }
                return new SqliteDatabase(path, c, true);
            }
            takeLock(c);
            if (version < Migrations.CURRENT) {
                migrate(c, version);
            }
            useWal(c);
            return new SqliteDatabase(path, c, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof ProjectException ? (ProjectException) e : failure(path, e);
        }
    }

    /** Sets up the schema in a new, empty file. */
    static SqliteDatabase create(Path path) {
        Connection c = connect(path, false, true);
        try {
            takeLock(c);
            migrate(c, 0);
            useWal(c);
            return new SqliteDatabase(path, c, false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof ProjectException ? (ProjectException) e : failure(path, e);
        }
    }

    private static Connection connect(Path path, boolean readOnly, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Properties props = config.toProperties();
        try {
            Connection c = JDBC.createConnection(JDBC.PREFIX + path.toAbsolutePath(), props);
            if (!readOnly) {
                execute(c, "PRAGMA locking_mode = EXCLUSIVE");
            }
            return c;
        } catch (SQLException e) {
            throw failure(path, e);
        }
    }

    /** Checks the file through SQLite without writing to it; returns its schema version. */
    private static int check(Path path, Connection c) throws SQLException {
        if (intPragma(c, "application_id") != Migrations.APPLICATION_ID) {
            throw new ProjectException(Problem.NOT_OFFPISTE, path, null);
        }
        int version = intPragma(c, "user_version");
        if (version > Migrations.CURRENT) {
            throw new ProjectException(Problem.NEWER_VERSION, path, "schema " + version);
        }
        for (String table : tables(c)) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")")) {
                String first = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(first)) {
                    throw new ProjectException(Problem.CORRUPT, path, table + ": " + first);
                }
            }
        }
        return version;
    }

    /**
     * The ordinary tables, whose b-trees (with their indexes) {@code quick_check} verifies page by
     * page. Virtual tables are left out: on them quick_check also runs FTS5's own consistency
     * check, which decodes the whole index (seconds on a large board) while their pages are
     * checked anyway through their shadow tables. See docs/decisions/0001-sqlite-project-file.md.
     */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>(List.of("sqlite_schema"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema"
                + " WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Takes SQLite's exclusive lock now and keeps it (locking_mode is EXCLUSIVE) until close. */
    private static void takeLock(Connection c) throws SQLException {
        execute(c, "BEGIN EXCLUSIVE");
        execute(c, "COMMIT");
    }

    private static void migrate(Connection c, int from) throws SQLException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            Migrations.migrate(c, from, Migrations.CURRENT);
            execute(c, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private static void useWal(Connection c) throws SQLException {
        execute(c, "PRAGMA journal_mode = WAL");
        execute(c, "PRAGMA synchronous = NORMAL");
        execute(c, "PRAGMA cache_size = -16384");
        execute(c, "PRAGMA foreign_keys = ON");
    }

    @Override
    boolean readOnly() {
        return readOnly;
    }

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    Path path() {
        return path;
    }

    @Override
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(path, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (readOnly) {
                throw new ProjectException(Problem.READ_ONLY, path, null);
            }
            execute(connection, "BEGIN IMMEDIATE");
            try {
                T result = work.run(connection);
                execute(connection, "COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(path, e);
        } finally {
            lock.unlock();
        }
    }

    /** Test hook: caps the file at {@code pages} pages, so a write fails as on a full disk. */
    void maxPageCount(long pages) {
        read(c -> {
            execute(c, "PRAGMA max_page_count = " + pages);
            return null;
        });
    }

    long pageCount() {
        return read(c -> (long) intPragma(c, "page_count"));
    }

    /** Folds the write-ahead log back into the file and closes it: one file remains. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (!readOnly) {
                execute(connection, "PRAGMA analysis_limit = 400");
                execute(connection, "PRAGMA optimize");
                execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
                execute(connection, "PRAGMA journal_mode = DELETE");
            }
            connection.close();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(path, e);
        } finally {
            lock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ProjectException(Problem.IO, path, "the project is closed");
        }
    }

    /** What a SQLite failure means for the person: never let a raw SQLException out. */
    static ProjectException failure(Path path, Exception e) {
        if (e instanceof ProjectException) {
            return (ProjectException) e;
        }
        return new ProjectException(SqliteErrors.problem(e), path, e.getMessage(), e);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException e) {
            // SQLite already rolled back (e.g. after SQLITE_FULL): nothing left to undo.
            assert e.getMessage() != null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing after a failure: the failure already being reported matters more.
            assert e.getMessage() != null;
        }
    }
}
