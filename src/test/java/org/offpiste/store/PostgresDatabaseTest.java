package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offpiste.store.PostgresConnectionTest.insertIdea;
import static org.offpiste.store.PostgresMigrationsTest.rows;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/** A team board's connection: one transaction per write, run again after a serialization failure. */
class PostgresDatabaseTest {

    @Test
    void aWriteFailingOnASerializationRaceIsRunAgainUpToThreeTimes() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            Database db = StoreTesting.db(p);
            AtomicInteger attempts = new AtomicInteger();
            db.write(c -> {
                insertIdea(c, "attempt " + attempts.incrementAndGet());
                if (attempts.get() < PostgresDatabase.ATTEMPTS) {
                    throw new SQLException("could not serialize access", "40001");
                }
                return null;
            });
            assertThat(rows(p, "SELECT title FROM idea")).containsExactly("attempt 3");

            attempts.set(0);
            assertThatThrownBy(() -> db.write(c -> {
                attempts.incrementAndGet();
                insertIdea(c, "never");
                throw new SQLException("deadlock detected", "40P01");
            })).isInstanceOfSatisfying(ProjectException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CONFLICT));
            assertThat(attempts).hasValue(PostgresDatabase.ATTEMPTS);
            assertThat(rows(p, "SELECT count(*) FROM idea")).containsExactly("1");
        }
    }

    @Test
    void aFailedStatementLeavesTheTransactionUsableAndAFailedWriteLeavesNothing() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            Database db = StoreTesting.db(p);
            db.write(c -> {
                insertIdea(c, "kept");
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO idea (title, status, created_at, updated_at) VALUES ('x', 'bogus', '', '')");
                } catch (SQLException refused) {
                    assertThat(refused.getErrorCode()).isEqualTo(PostgresErrors.SQLITE_CONSTRAINT);
                }
                insertIdea(c, "also kept");
                return null;
            });
            assertThatThrownBy(() -> db.write(c -> {
                insertIdea(c, "rolled back");
                throw new IllegalStateException("the work failed");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(rows(p, "SELECT title FROM idea ORDER BY id")).containsExactly("kept", "also kept");
        }
    }

    @Test
    void failuresAreSortedForThePerson() {
        assertThat(PostgresErrors.connectionLost(new SQLException("gone", "08006"))).isTrue();
        assertThat(PostgresErrors.connectionLost(new SQLException("shutdown", "57P01"))).isTrue();
        assertThat(PostgresErrors.connectionLost(new SQLException("io", "XX000", new EOFException()))).isTrue();
        assertThat(PostgresErrors.connectionLost(new SQLException("syntax", "42601"))).isFalse();
        assertThat(PostgresErrors.atConnect(new SQLException("password", "28P01"))).isEqualTo(Problem.AUTH_FAILED);
        assertThat(PostgresErrors.atConnect(new SQLException("no such host", "08001", new UnknownHostException("x"))))
                .isEqualTo(Problem.UNREACHABLE);
        assertThat(PostgresErrors.atConnect(new SQLException("refused", "08001", new ConnectException("refused"))))
                .isEqualTo(Problem.UNREACHABLE);
        assertThat(PostgresErrors.atConnect(new SQLException("timed out", "08001", new SocketTimeoutException())))
                .isEqualTo(Problem.UNREACHABLE);
        assertThat(PostgresErrors.whileOpen(new SQLException("gone", "08006"))).isEqualTo(Problem.OFFLINE);
        assertThat(PostgresErrors.columns("ballot", "Key (round_id, lower(voter))=(1, ann) already exists."))
                .isEqualTo("ballot.round_id, ballot.voter");
        assertThat(PostgresErrors.columns("vote_round", "Key (lower(name))=(dots) already exists."))
                .isEqualTo("vote_round.name");
        assertThat(PostgresErrors.columns("ballot", "Key (round_id, lower(voter::text COLLATE \"C\"))=(1, ann) already exists."))
                .isEqualTo("ballot.round_id, ballot.voter");
        assertThat(PostgresErrors.columns("tag", "Key (lower((name)::text COLLATE \"C\"))=(été) already exists."))
                .isEqualTo("tag.name");
    }
}
