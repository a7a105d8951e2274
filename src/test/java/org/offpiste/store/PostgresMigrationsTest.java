package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;

/**
 * The PostgreSQL schema: set up on an empty schema, the same tables, columns, indexes, views and
 * triggers as a project file, the seed of the current version loadable, and boards it must not
 * touch refused untouched.
 */
class PostgresMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptySchemaBecomesABoardAtTheCurrentVersion() {
        try (PostgresTestBoard board = PostgresTesting.board(); Project p = board.open()) {
            assertThat(rows(p, "SELECT application_id, version FROM offpiste_schema"))
                    .containsExactly(Migrations.APPLICATION_ID + " " + Migrations.CURRENT);
            assertThat(p.path()).isEqualTo(board.address().asPath());
            assertThat(p.teamBoard()).contains(board.address());
            assertThat(p.readOnly()).isFalse();
        }
    }

    @Test
    void theBoardHasTheFilesTablesColumnsIndexesViewsAndTriggers() throws SQLException {
        Set<String> file;
        try (Project p = new SqliteProjectFiles().create(dir.resolve("p.offpiste"))) {
            file = new TreeSet<>(rows(p, "SELECT m.name || '.' || c.name FROM sqlite_schema m, pragma_table_info(m.name) c"
                    + " WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE 'idea_fts%'"));
            file.addAll(rows(p, "SELECT type || ' ' || name FROM sqlite_schema WHERE type IN ('index', 'view', 'trigger')"
                    + " AND name NOT LIKE 'sqlite_autoindex%'"));
        }
        try (PostgresTestBoard board = PostgresTesting.board()) {
            board.open().close();
            Set<String> server = new TreeSet<>();
            try (Connection c = board.connect()) {
                server.addAll(rows(c, "SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name NOT IN ('idea_fts', 'offpiste_schema')"));
                server.addAll(rows(c, "SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = current_schema()"
                        + " AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'"));
                server.addAll(rows(c, "SELECT 'view ' || viewname FROM pg_views WHERE schemaname = current_schema()"));
                server.addAll(rows(c, "SELECT DISTINCT 'trigger ' || trigger_name FROM information_schema.triggers"
                        + " WHERE trigger_schema = current_schema()"));
                // Every board table tells the other clients of its changes.
                assertThat(rows(c, "SELECT table_name FROM information_schema.tables t WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'offpiste_schema' AND NOT EXISTS (SELECT 1"
                        + " FROM information_schema.triggers g WHERE g.event_object_schema = t.table_schema"
                        + " AND g.event_object_table = t.table_name AND g.trigger_name = 'offpiste_notify'"
                        + " AND g.action_orientation = 'STATEMENT')")).isEmpty();
                assertThat(rows(c, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = 'idea_fts' ORDER BY column_name"))
                        .containsExactly("doc tsvector", "rowid bigint");
            }
            // Beside the file's: the case-blind unique indexes and primary keys of rating and vote_participant
            // (COLLATE NOCASE on the file), the full-text index, the race-safe ballot rule and the live-change triggers.
            Set<String> extra = Set.of("index tag_by_name", "index rating_by_rater", "index idea_fts_doc",
                    "index vote_participant_by_voter",
                    "trigger ballot_voter_once", "trigger offpiste_notify");
            Set<String> expected = new TreeSet<>(file);
            expected.addAll(extra);
            assertThat(server).isEqualTo(expected);
        }
    }

    @Test
    void theSeedOfTheCurrentVersionLoadsAndReadsBackByPlainSql() throws SQLException {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            board.open().close();
            try (Connection c = board.connect()) {
                PostgresSeed.load(c, "seed/V" + Migrations.CURRENT + ".sql");
                assertThat(rows(c, "SELECT count(*) FROM idea")).containsExactly("2");
                assertThat(rows(c, "SELECT rowid FROM idea_fts WHERE doc @@ to_tsquery('simple', 'telesiege:*')"))
                        .containsExactly("1");
                assertThat(rows(c, "SELECT idea_id || ' ' || score || ' ' || raters FROM idea_score"))
                        .containsExactly("1 3.6666666666666665 2");
                assertThat(rows(c, "SELECT string_agg(b.voter || ':' || v.dots, ',' ORDER BY b.id, v.idea_id)"
                        + " FROM ballot b JOIN ballot_vote v ON v.ballot_id = b.id WHERE b.round_id = 1"))
                        .containsExactly("Ana:2,Ben:1,Ben:1");
                assertThat(rows(c, "SELECT tags FROM idea_version WHERE id = 3")).containsExactly("event\nnight");
                // The identities moved past the seeded ids: the next idea is 3.
                assertThat(rows(c, "INSERT INTO idea (title, created_at, updated_at) VALUES ('x', '', '') RETURNING id"))
                        .containsExactly("3");
            }
        }
    }

    @Test
    void aBoardOfANewerVersionIsRefusedUntouched() throws SQLException {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            board.open().close();
            List<String> before;
            try (Connection c = board.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE offpiste_schema SET version = " + (Migrations.CURRENT + 1));
                before = everything(c);
            }
            assertProblem(board::open, Problem.NEWER_VERSION);
            try (Connection c = board.connect()) {
                assertThat(everything(c)).isEqualTo(before);
                assertThat(rows(c, "SELECT version FROM offpiste_schema")).containsExactly(String.valueOf(Migrations.CURRENT + 1));
            }
        }
    }

    @Test
    void aSchemaHoldingSomethingElseIsRefusedUntouched() throws SQLException {
        try (PostgresTestBoard board = PostgresTesting.board()) {
            try (Connection c = board.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total NUMERIC)");
                s.execute("INSERT INTO invoice VALUES (1, 9.5)");
            }
            assertProblem(board::open, Problem.NOT_OFFPISTE);
            try (Connection c = board.connect()) {
                assertThat(everything(c)).containsExactly("invoice");
                assertThat(rows(c, "SELECT total FROM invoice")).containsExactly("9.5");
            }
        }
    }

    @Test
    void twoClientsConnectingToAnEmptySchemaAtOnceMigrateItOnce() throws Exception {
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (PostgresTestBoard board = PostgresTesting.board()) {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Project>> opening = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                opening.add(CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return board.open();
                }, pool));
            }
            go.countDown();
            List<Project> open = new ArrayList<>();
            for (CompletableFuture<Project> f : opening) {
                open.add(f.get(60, TimeUnit.SECONDS));
            }
            try (Connection c = board.connect()) {
                assertThat(rows(c, "SELECT version FROM offpiste_schema")).containsExactly(String.valueOf(Migrations.CURRENT));
                assertThat(rows(c, "SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = current_schema()"
                        + " AND t.tgname = 'ballot_vote_rules'")).containsExactly("1");
            }
            for (Project p : open) {
                p.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void plpgsqlBodiesStayWholeWhenTheScriptIsSplit() {
        List<String> statements = Migrations.statements(Migrations.POSTGRES + "V4__judgement.sql");
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE FUNCTION ballot_vote_rules()")).singleElement()
                .satisfies(s -> assertThat(s).contains("RAISE EXCEPTION").endsWith("$$;"));
        for (String script : Migrations.SCRIPTS) {
            assertThat(Migrations.statements(Migrations.POSTGRES + script)).isNotEmpty();
        }
    }

    static void assertProblem(Runnable r, Problem problem) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProjectException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The tables and views of the schema, by name. */
    private static List<String> everything(Connection c) throws SQLException {
        return rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " ORDER BY table_name");
    }

    static List<String> rows(Project p, String sql) {
        return StoreTesting.db(p).read(c -> rows(c, sql));
    }

    /** Each row of {@code sql}, its columns joined with a space. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
