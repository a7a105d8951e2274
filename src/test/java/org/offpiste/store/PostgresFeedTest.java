package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;

/**
 * The feed on a real server of the test's own: another client's write arrives within a second,
 * this client's own writes are not reported, a burst is reported a few times, and the server
 * stopped and started again is reported gone and back.
 */
class PostgresFeedTest {
    private static final String OWN = "own-client";
    private static PostgresServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresTesting.ownServer(); // to stop and start
        try (Connection c = connect(); Statement s = c.createStatement()) {
            // The shape of the board's triggers (schema V5): the writer's client id as payload.
            s.execute("CREATE SCHEMA feed_test"); // beside the board, which wants its schema to itself
            s.execute("CREATE TABLE feed_test.thing (x INTEGER)");
            s.execute("CREATE FUNCTION feed_test.notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " PERFORM pg_notify('offpiste_board', coalesce(current_setting('offpiste.client', true), ''));"
                    + " RETURN NULL; END $$");
            s.execute("CREATE TRIGGER thing_notify AFTER INSERT OR UPDATE OR DELETE ON feed_test.thing"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION feed_test.notify()");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.destroy();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.url());
    }

    @Test
    void onARealBoardAnotherClientsWriteIsReportedAndOwnWritesAreNot() throws Exception {
        TeamBoardAddress address = new TeamBoardAddress(server.host(), server.port(), PostgresServer.DATABASE,
                PostgresServer.USER, TlsMode.DISABLE);
        Events events = new Events();
        try (Project mine = new PostgresTeamBoards().connect(address, server.password());
             Project theirs = new PostgresTeamBoards().connect(address, server.password());
             BoardFeed.Subscription sub = mine.feed().subscribe(events)) {
            Thread.sleep(300);
            events.changes.clear(); // the first report, once listening
            mine.ideas().add(new NewIdea("Mine", "", List.of(), IdeaStatus.INBOX, "ana"));
            assertThat(events.changes.poll(600, TimeUnit.MILLISECONDS)).as("own write").isNull();
            theirs.ideas().add(new NewIdea("Theirs", "", List.of(), IdeaStatus.INBOX, "ben"));
            assertThat(events.changes.poll(1, TimeUnit.SECONDS)).as("another client's write").isNotNull();
            assertThat(mine.readOnly()).isFalse();
        }
    }

    @Test
    void anotherClientsWriteArrivesWithinASecond() throws Exception {
        Events events = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        try (BoardFeed.Subscription sub = feed.subscribe(events); Connection other = client("other-client")) {
            Thread.sleep(300); // listening
            assertThat(events.changes.poll(1, TimeUnit.SECONDS)).as("the first, once listening").isNotNull();
            events.changes.clear();
            long[] latencies = new long[20];
            for (int i = 0; i < latencies.length; i++) {
                long start = System.nanoTime();
                write(other);
                assertThat(events.changes.poll(1, TimeUnit.SECONDS)).as("change %d", i).isNotNull();
                latencies[i] = (System.nanoTime() - start) / 1_000;
                Thread.sleep(150); // beyond the coalescing window: each write is one report
            }
            java.util.Arrays.sort(latencies);
            System.out.printf("PostgresFeed latency over %d writes (µs): p50 %d, p95 %d, max %d%n",
                    latencies.length, latencies[latencies.length / 2], latencies[latencies.length * 95 / 100],
                    latencies[latencies.length - 1]);
            assertThat(latencies[latencies.length - 1]).isLessThan(1_000_000);
        }
    }

    @Test
    void ownWritesAreNotReported() throws Exception {
        Events events = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        try (BoardFeed.Subscription sub = feed.subscribe(events); Connection own = client(OWN);
             Connection other = client("other-client")) {
            Thread.sleep(300);
            events.changes.clear(); // the first report, once listening
            for (int i = 0; i < 5; i++) {
                write(own);
            }
            assertThat(events.changes.poll(600, TimeUnit.MILLISECONDS)).isNull();
            write(other);
            assertThat(events.changes.poll(1, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aBurstIsReportedAFewTimes() throws Exception {
        Events events = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        try (BoardFeed.Subscription sub = feed.subscribe(events); Connection other = client("other-client")) {
            Thread.sleep(300);
            events.changes.clear(); // the first report, once listening
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                write(other);
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(500);
            int calls = events.changes.size();
            System.out.printf("PostgresFeed: 50 writes in %d ms reported %d times%n", took, calls);
            assertThat(calls).isBetween(1, (int) (took / PostgresFeed.COALESCE.toMillis()) + 2);
        }
    }

    @Test
    void theServerGoingAwayAndComingBackIsReported() throws Exception {
        Events events = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        try (BoardFeed.Subscription sub = feed.subscribe(events)) {
            Thread.sleep(300);
            events.changes.clear(); // the first report, once listening
            long stopped = System.nanoTime();
            server.stop();
            try {
                assertThat(events.connection.poll(5, TimeUnit.SECONDS)).isFalse();
                System.out.printf("PostgresFeed: server gone noticed after %d ms%n",
                        (System.nanoTime() - stopped) / 1_000_000);
                assertThat(feed.online()).isFalse();
            } finally {
                server.start();
            }
            long started = System.nanoTime();
            assertThat(events.connection.poll(10, TimeUnit.SECONDS)).isTrue();
            System.out.printf("PostgresFeed: server back noticed after %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(feed.online()).isTrue();
            events.changes.clear();
            Thread.sleep(100);
            events.changes.clear();
            try (Connection other = client("other-client")) {
                write(other);
                assertThat(events.changes.poll(1, TimeUnit.SECONDS)).as("listening again").isNotNull();
            }
        }
    }

    @Test
    void aClosedSubscriptionReportsNothingMore() throws Exception {
        Events events = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        BoardFeed.Subscription sub = feed.subscribe(events);
        Thread.sleep(300);
        sub.close();
        Thread.sleep(PostgresFeed.PING.toMillis() + 200);
        events.changes.clear(); // the first report, once listening
        try (Connection other = client("other-client")) {
            write(other);
        }
        assertThat(events.changes.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(listeners()).isZero();
    }

    @Test
    void subscribersShareOneConnection() throws Exception {
        Events first = new Events();
        Events second = new Events();
        PostgresFeed feed = new PostgresFeed(PostgresFeedTest::connect, OWN, PostgresFeed.daemonThreads());
        Thread.sleep(PostgresFeed.PING.toMillis() + 200); // the earlier tests' listening has ended
        int before = listeners();
        try (BoardFeed.Subscription a = feed.subscribe(first); BoardFeed.Subscription b = feed.subscribe(second);
             Connection other = client("other-client")) {
            Thread.sleep(300);
            first.changes.clear(); // the first report, once listening
            second.changes.clear();
            assertThat(listeners() - before).as("the writer's connection and one for the feed").isEqualTo(2);
            write(other);
            assertThat(first.changes.poll(1, TimeUnit.SECONDS)).isNotNull();
            assertThat(second.changes.poll(1, TimeUnit.SECONDS)).isNotNull();
            a.close();
            Thread.sleep(200);
            write(other);
            assertThat(second.changes.poll(1, TimeUnit.SECONDS)).as("still listening for the other").isNotNull();
            assertThat(first.changes.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void retriesWaitLongerUpToFiveSeconds() {
        assertThat(List.of(0, 1, 2, 3, 4, 9).stream().map(PostgresFeed::retryDelay).toList()).containsExactly(
                Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private static int listeners() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
                     + " AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Connection client(String id) throws SQLException {
        Connection c = connect();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('offpiste.client', '" + id + "', false)");
        }
        return c;
    }

    private static void write(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO feed_test.thing VALUES (1)");
        }
    }

    private static final class Events implements BoardFeed.Listener {
        final BlockingQueue<Long> changes = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> connection = new LinkedBlockingQueue<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void changed() {
            calls.incrementAndGet();
            changes.add(System.nanoTime());
        }

        @Override
        public void connection(boolean online) {
            connection.add(online);
        }
    }
}
