package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;

/**
 * A team board's one connection to its PostgreSQL server. Every access is serialized by a lock;
 * {@link #write} is one transaction, run again (up to {@value #ATTEMPTS} times in all) when the
 * server reports a serialization failure or a deadlock; reads run in autocommit.
 *
 * <p>When the server goes away the call fails with {@link Problem#OFFLINE} and the connection is
 * dropped; the next call tries once to connect again (same client id), so the board comes back by
 * itself when the server does.
 */
final class PostgresDatabase extends Database {
    static final int ATTEMPTS = 3;
    private final PostgresConnector connector;
    private final Path path;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private volatile boolean online = true;
    private boolean closed;

    private PostgresDatabase(PostgresConnector connector, Connection connection) {
        this.connector = connector;
        this.path = connector.address().asPath();
        this.connection = connection;
    }

    /**
     * Connects to the board at {@code address}, setting up or migrating its schema. {@code extra}:
     * further driver properties (tests: {@code currentSchema}). The password is kept in memory only,
     * to reconnect, and wiped at {@link #close()}.
     */
    static PostgresDatabase connect(TeamBoardAddress address, char[] password, Properties extra) {
        PostgresConnector connector = new PostgresConnector(address, password, extra, UUID.randomUUID().toString());
        Path path = address.asPath();
        Connection c;
        try {
            c = connector.open();
        } catch (SQLException e) {
            connector.forget();
            throw new ProjectException(PostgresErrors.atConnect(e), path, e.getMessage(), e);
        }
        try {
            PostgresSchema.setUp(c, path);
            return new PostgresDatabase(connector, c);
        } catch (SQLException e) {
            closeQuietly(c);
            connector.forget();
            Problem problem = PostgresErrors.connectionLost(e) ? Problem.UNREACHABLE : PostgresErrors.whileOpen(e);
            throw new ProjectException(problem, path, e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            connector.forget();
            throw e;
        }
    }

    /** The id this board's connections set as {@code offpiste.client}: the writer named in live notifications. */
    String clientId() {
        return connector.clientId();
    }

    /** False from a call that found the server gone until a reconnect works. */
    boolean online() {
        return online;
    }

    /**
     * A new connection to the same board (same server, user, schema and client id), outside the lock,
     * in autocommit: for listening to live notifications. The caller closes it.
     */
    Connection newConnection() throws SQLException {
        return connector.open();
    }

    @Override
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            Connection c = live();
            try {
                return work.run(PostgresConnections.guard(c));
            } catch (SQLException e) {
                throw failure(e);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                Connection c = live();
                try {
                    return inTransaction(c, work);
                } catch (SQLException e) {
                    if (attempt < ATTEMPTS && PostgresErrors.retryable(e)) {
                        continue;
                    }
                    throw failure(e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(PostgresConnections.guard(c));
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c);
            throw e;
        } finally {
            autocommitQuietly(c);
        }
    }

    /** The open connection, reconnecting once when the last call found the server gone. */
    private Connection live() {
        if (closed) {
            throw new ProjectException(Problem.IO, path, "the board is closed");
        }
        if (connection == null) {
            try {
                connection = connector.open(PostgresConnector.RECONNECT_TIMEOUT_S);
                online = true;
            } catch (SQLException e) {
                throw new ProjectException(Problem.OFFLINE, path, e.getMessage(), e);
            }
        }
        return connection;
    }

    private ProjectException failure(SQLException e) {
        if (PostgresErrors.connectionLost(e)) {
            online = false;
            closeQuietly(connection);
            connection = null;
            return new ProjectException(Problem.OFFLINE, path, e.getMessage(), e);
        }
        return new ProjectException(PostgresErrors.whileOpen(e), path, e.getMessage(), e);
    }

    @Override
    boolean readOnly() {
        return false;
    }

    @Override
    Path path() {
        return path;
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    Optional<TeamBoardAddress> teamBoard() {
        return Optional.of(connector.address());
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connector.forget();
            if (connection != null) {
                closeQuietly(connection);
                connection = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The connection is gone or the transaction already ended: nothing left to undo.
            assert e.getMessage() != null;
        }
    }

    private static void autocommitQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection broke; the failure itself is what is reported.
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
