package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.BriefField;
import org.offpiste.project.Project;
import org.sqlite.JDBC;

/** Schema versions: every earlier version opens, migrated, with its data, into today's schema. */
@Tag("file")
class MigrationsTest {
    @TempDir
    Path dir;

    /** A file at schema version {@code k} (migrations 1..k only) holding version k's seed data. */
    static Path fileAtVersion(Path file, int k) throws SQLException {
        try (Connection c = JDBC.createConnection(JDBC.PREFIX + file, new java.util.Properties())) {
            Database.execute(c, "BEGIN");
            Migrations.migrate(c, 0, k);
            try (Statement s = c.createStatement()) {
                for (String sql : Migrations.statements("seed/V" + k + ".sql")) {
                    s.executeUpdate(sql);
                }
            }
            Database.execute(c, "COMMIT");
        }
        return file;
    }

    /** The schema as SQLite describes it: every table, index and their SQL, in a stable order. */
    static List<String> schema(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                     + " WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        out.add("user_version " + Database.intPragma(c, "user_version"));
        out.add("application_id " + Database.intPragma(c, "application_id"));
        return out;
    }

    private static List<String> schemaOf(Project p) {
        return StoreTesting.db(p).read(MigrationsTest::schema);
    }

    @TestFactory
    Stream<DynamicTest> everyEarlierVersionOpensMigratedWithItsData() {
        return IntStream.range(1, Migrations.CURRENT).mapToObj(k -> DynamicTest.dynamicTest("from version " + k,
                () -> {
                    Path old = fileAtVersion(dir.resolve("v" + k + ".offpiste"), k);
                    List<String> fresh;
                    try (Project p = new SqliteProjectFiles().create(dir.resolve("fresh" + k + ".offpiste"))) {
                        fresh = schemaOf(p);
                    }
                    try (Project p = new SqliteProjectFiles().open(old)) {
                        assertThat(schemaOf(p)).isEqualTo(fresh);
                        assertSeedData(p);
                    }
                    try (Project p = new SqliteProjectFiles().open(old)) {
                        assertThat(schemaOf(p)).isEqualTo(fresh);
                    }
                }));
    }

    /** The seed data of every version reads the same through today's stores. */
    static void assertSeedData(Project p) {
        var brief = p.briefs().latest().orElseThrow();
        assertThat(brief.brief().get(BriefField.TITLE)).isEqualTo("Night skiing");
        assertThat(brief.brief().get(BriefField.SUCCESS_CRITERIA)).isEqualTo("+20% evening passes");
        assertThat(brief.createdAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05.006Z"));
        Idea lanterns = p.ideas().find(1).orElseThrow();
        assertThat(lanterns.title()).isEqualTo("Télésiège lanterns");
        assertThat(lanterns.status()).isEqualTo(IdeaStatus.SHORTLIST);
        assertThat(lanterns.tags()).containsExactly("night");
        assertThat(lanterns.updatedAt()).isEqualTo(Instant.parse("2026-01-02T03:06:00Z"));
        assertThat(p.ideas().queryIds(IdeaQuery.all().withText("telesiege"))).containsExactly(1L);
        assertThat(p.ideas().queryIds(IdeaQuery.all().withTags(Set.of("night", "event")))).containsExactly(2L);
        assertThat(p.ideas().count()).isEqualTo(2);
    }

    @Test
    void seedOfTheCurrentVersionWrittenByPlainSqlReadsThroughTheStores() throws SQLException {
        Path file = fileAtVersion(dir.resolve("current.offpiste"), Migrations.CURRENT);
        try (Project p = new SqliteProjectFiles().open(file)) {
            assertSeedData(p);
            assertThat(StoreTesting.scalar(p, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void scriptsAreNumberedFromOneWithoutGaps() {
        for (int v = 1; v <= Migrations.CURRENT; v++) {
            String script = Migrations.SCRIPTS.get(v - 1);
            assertThat(script).startsWith("V" + v + "__").endsWith(".sql");
            assertThat(Migrations.statements(script)).isNotEmpty();
            assertThat(Files.exists(Path.of("src/main/resources/org/offpiste/store", script))).isTrue();
        }
    }

    @Test
    void newFileCarriesOffpistesIdAndTheCurrentVersion() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("p.offpiste"))) {
            assertThat(StoreTesting.scalar(p, "PRAGMA application_id")).isEqualTo(String.valueOf(0x4F465053));
            assertThat(StoreTesting.scalar(p, "PRAGMA user_version")).isEqualTo(String.valueOf(Migrations.CURRENT));
            assertThat(StoreTesting.scalar(p, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(StoreTesting.scalar(p, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }
}
