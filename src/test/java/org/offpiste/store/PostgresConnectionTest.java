package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.offpiste.store.PostgresMigrationsTest.assertProblem;
import static org.offpiste.store.PostgresMigrationsTest.rows;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Connecting to a team board: the server not there, a refused password, the client id every
 * connection sets, the live-change notifications naming the writer, and the server going away while
 * the board is open and coming back.
 */
class PostgresConnectionTest {

    @Test
    void aPortWithNoServerIsUnreachable() throws Exception {
        PostgresTesting.Target target = PostgresTesting.target();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TeamBoardAddress nowhere = new TeamBoardAddress("127.0.0.1", port, target.database(), target.user(), TlsMode.DISABLE);
        assertProblem(() -> new PostgresTeamBoards().connect(nowhere, target.password().clone()), Problem.UNREACHABLE);
    }

    @Test
    void aWrongPasswordIsRefusedAsSuch() {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            char[] wrong = "not-the-password".toCharArray();
            try {
                board.teamBoards().connect(board.address(), wrong).close();
                Assumptions.abort("the test server accepts any password (trust authentication)");
            } catch (ProjectException e) {
                assertThat(e.problem()).isEqualTo(Problem.AUTH_FAILED);
                assertThat(e.getMessage()).doesNotContain("not-the-password");
            }
        }
    }

    @Test
    void everyConnectionNamesItsClientAndNotificationsNameTheWriter() throws SQLException {
        try (PostgresTestBoard board = PostgresTesting.board(); Project a = board.open(); Project b = board.open();
             Connection listener = board.connect()) {
            PostgresDatabase dbA = (PostgresDatabase) StoreTesting.db(a);
            PostgresDatabase dbB = (PostgresDatabase) StoreTesting.db(b);
            assertThat(dbA.clientId()).isNotEqualTo(dbB.clientId());
            assertThat(rows(a, "SELECT current_setting('offpiste.client')")).containsExactly(dbA.clientId());
            try (Statement s = listener.createStatement()) {
                s.execute("LISTEN offpiste_board");
            }
            addIdea(a, "from a");
            assertThat(notifications(listener)).containsExactly("offpiste_board " + dbA.clientId());
            dbB.write(c -> {
                insertIdea(c, "from b, first");
                insertIdea(c, "from b, second");
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE idea SET status = 'parked'");
                }
                return null;
            });
            // One transaction, several statements: one notification, at commit.
            assertThat(notifications(listener)).containsExactly("offpiste_board " + dbB.clientId());
        }
    }

    @Test
    void theServerGoingAwayMakesTheBoardOfflineAndItComesBackByItself() throws Exception {
        PostgresServer server = PostgresTesting.ownServer();
        try {
            TeamBoardAddress address = new TeamBoardAddress(server.host(), server.port(), PostgresServer.DATABASE,
                    PostgresServer.USER, TlsMode.DISABLE);
            try (Project p = new PostgresTeamBoards().connect(address, server.password())) {
                PostgresDatabase db = (PostgresDatabase) StoreTesting.db(p);
                String client = db.clientId();
                addIdea(p, "before");
                assertThat(db.online()).isTrue();

                server.stop();
                assertProblem(() -> addIdea(p, "while down"), Problem.OFFLINE);
                assertThat(db.online()).isFalse();
                assertProblem(() -> rows(p, "SELECT count(*) FROM idea"), Problem.OFFLINE);

                server.start();
                addIdea(p, "after");
                assertThat(db.online()).isTrue();
                assertThat(rows(p, "SELECT title FROM idea ORDER BY id")).containsExactly("before", "after");
                assertThat(rows(p, "SELECT current_setting('offpiste.client')")).containsExactly(client);
            }
        } finally {
            server.destroy();
        }
    }

    @Test
    void aClosedBoardForgetsItsConnection() {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            Project p = board.open();
            p.close();
            assertThatThrownBy(() -> rows(p, "SELECT 1")).isInstanceOf(ProjectException.class);
        }
    }

    static void addIdea(Project p, String title) {
        StoreTesting.db(p).write(c -> {
            insertIdea(c, title);
            return null;
        });
    }

    static void insertIdea(Connection c, String title) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO idea (title, created_at, updated_at) VALUES (?, '2026-11-29T10:00:00.000Z', '2026-11-29T10:00:00.000Z')")) {
            ps.setString(1, title);
            ps.executeUpdate();
        }
    }

    /** The notifications waiting on {@code c} (up to 5 s for the first), as "channel payload". */
    static List<String> notifications(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        PGNotification[] first = c.unwrap(PGConnection.class).getNotifications(5000);
        for (PGNotification n : first == null ? new PGNotification[0] : first) {
            out.add(n.getName() + " " + n.getParameter());
        }
        PGNotification[] more = c.unwrap(PGConnection.class).getNotifications(300);
        for (PGNotification n : more == null ? new PGNotification[0] : more) {
            out.add(n.getName() + " " + n.getParameter());
        }
        return out;
    }
}
