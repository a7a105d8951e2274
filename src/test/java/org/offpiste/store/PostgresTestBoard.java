package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoards;

/**
 * A fresh board for one test: an empty schema of the test server's database ({@link PostgresTesting#board()}).
 * {@link #open()} connects to it as the app does (migrations run on the first connect); {@link #teamBoards()}
 * is a {@link TeamBoards} whose connections land in this schema, for tests that connect through
 * {@link TeamBoards#connect} with {@link #address()} and {@link #password()}. {@link #close()} drops the schema.
 */
public final class PostgresTestBoard implements AutoCloseable {
    private final PostgresTesting.Target target;
    private final String schema;

    PostgresTestBoard(PostgresTesting.Target target, String schema) {
        this.target = target;
        this.schema = schema;
    }

    /** The schema's name. */
    public String schema() {
        return schema;
    }

    /** The server's address (the schema is chosen by {@link #teamBoards()}, not by the address). */
    public TeamBoardAddress address() {
        return target.address();
    }

    /** The test role's password (a copy: the caller may wipe it). */
    public char[] password() {
        return target.password().clone();
    }

    /** Connects to the boards of this schema, with the real clock. */
    public TeamBoards teamBoards() {
        return teamBoards(Clock.systemUTC());
    }

    public TeamBoards teamBoards(Clock clock) {
        return new PostgresTeamBoards(clock, properties());
    }

    /** The board, open, as the app has it (a new connection each call). */
    public Project open() {
        return teamBoards().connect(address(), password());
    }

    public Project open(Clock clock) {
        return teamBoards(clock).connect(address(), password());
    }

    /** A plain JDBC connection in this schema, outside Offpiste (to look inside, or to LISTEN). */
    public Connection connect() throws SQLException {
        return target.connect(schema);
    }

    /** The driver properties that put a connection in this schema. */
    public Properties properties() {
        Properties props = new Properties();
        props.setProperty("currentSchema", schema);
        return props;
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
        try (Connection c = target.connect(null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
