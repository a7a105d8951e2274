package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoardUrl;
import org.offpiste.store.PostgresTestBoard;
import org.offpiste.store.PostgresTesting;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.teamboard.TeamPasswords;

/** {@code publish}, {@code export-board} and a board URL in place of FILE, on a real PostgreSQL server. */
class CliTeamBoardPostgresTest {
    @TempDir
    Path home;

    @Test
    void aProjectIsPublishedWorkedOnThroughItsUrlAndExportedBack() throws Exception {
        try (PostgresTestBoard server = PostgresTesting.board()) {
            String password = new String(server.password());
            CliRunner cli = CliRunner.onTeamBoards(home, Map.of(TeamPasswords.VARIABLE, password), server.teamBoards());
            Path file = home.resolve("ideas.offpiste");
            assertThat(cli.run("new", file).code()).isZero();
            assertThat(cli.run("add", file, "--title", "Lantern lift", "--tag", "night").code()).isZero();
            assertThat(cli.run("add", file, "--title", "Moonlight race").code()).isZero();
            TeamBoardAddress a = server.address();
            String[] where = {"--host", a.host(), "--port", String.valueOf(a.port()), "--database", a.database(),
                "--user", a.user(), "--tls", a.tls().sslmode()};

            CliRunner.Result published = cli.run(concat(new Object[] {"publish", file}, where));

            assertThat(published.err()).isEmpty();
            assertThat(published.code()).isZero();
            assertThat(published.out().strip()).isEqualTo("Published " + file + " to " + a.display() + " (2 ideas).");

            String url = TeamBoardUrl.format(a);
            assertThat(cli.run("add", url, "--title", "Night bus").code()).isZero();
            CliRunner.Result listed = cli.run("ideas", url, "--search", "lantern", "--format", "csv");
            assertThat(listed.code()).isZero();
            assertThat(listed.out()).contains("Lantern lift").doesNotContain("Moonlight");

            Path out = home.resolve("back.offpiste");
            CliRunner.Result exported = cli.run(concat(new Object[] {"export-board"}, where, new Object[] {out}));

            assertThat(exported.err()).isEmpty();
            assertThat(exported.code()).isZero();
            assertThat(exported.out().strip()).isEqualTo("Exported the team board " + a.display() + " to " + out
                    + " (3 ideas).");
            try (Project copy = new SqliteProjectFiles().open(out)) {
                assertThat(copy.ideas().count()).isEqualTo(3);
            }
            assertThat(filesUnder(home)).allSatisfy(f -> assertThat(
                    new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(password));

            CliRunner.Result again = cli.run(concat(new Object[] {"publish", file}, where));
            assertThat(again.code()).isEqualTo(ExitCode.PROJECT);
            assertThat(again.err().strip()).startsWith("The team board " + a.display()
                    + " already holds somebody's work");
        }
    }

    @Test
    void aRefusedPasswordIsOneLineAndAFailingExit() throws Exception {
        try (PostgresTestBoard server = PostgresTesting.board()) {
            CliRunner cli = CliRunner.onTeamBoards(home, Map.of(TeamPasswords.VARIABLE, "not-" + "the-password"),
                    server.teamBoards());

            CliRunner.Result r = cli.run("ideas", TeamBoardUrl.format(server.address()));

            assertThat(r.code()).isEqualTo(ExitCode.PROJECT);
            assertThat(r.err().strip()).isEqualTo("The team board's server at " + server.address().asPath()
                    + " refused this user name or password.");
        }
    }

    private static Object[] concat(Object[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
