package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code publish} and {@code export-board} without a server: help, and what is refused before connecting. */
class CliTeamBoardTest {
    @TempDir
    Path home;

    @Test
    void bothCommandsHaveHelpWithTheBoardOptions() {
        for (String command : new String[] {"publish", "export-board"}) {
            CliRunner.Result r = new CliRunner(home, Map.of()).run(command, "--help");

            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: offpiste " + command)
                    .contains("--host=HOST", "--port=PORT", "--database=NAME", "--user=USER", "--tls=MODE",
                            "verify-full", "OFFPISTE_TEAM_PASSWORD")
                    .doesNotContain("cli.help");
        }
        assertThat(new CliRunner(home, Map.of()).run("--help").out()).contains("publish", "export-board");
    }

    @Test
    void anUnknownTlsModeIsAUsageError() throws Exception {
        Path file = Files.createFile(home.resolve("p.offpiste"));
        CliRunner.Result r = new CliRunner(home, Map.of()).run("publish", file, "--host", "localhost",
                "--database", "board", "--user", "ana", "--tls", "strict");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip()).isEqualTo("The team board's address is not right: unknown TLS mode strict"
                + " (disable, prefer, require, verify-full)");
    }

    @Test
    void aBoardUrlWithAPasswordIsRefusedWithoutRepeatingIt() {
        CliRunner.Result r = new CliRunner(home, Map.of()).run("ideas", "postgresql://ana:" + "hunter2@localhost/board");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("never holds a password").doesNotContain("hunter2");
    }

    @Test
    void openRefusesABoardUrlWithAPasswordInOneLine() {
        CliRunner.Result r = new CliRunner(home, Map.of()).run("open", "postgresql://ana:" + "hunter2@localhost/board");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).isEqualTo("The team board's address is not right: a board URL never holds a password");
    }

    @Test
    void openReadsABoardUrlAsAnAddressNotAFile() {
        CliRunner.Result r = new CliRunner(home, Map.of()).run("open", "postgresql://localhost:5433/board");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).isEqualTo("The team board's address is not right: a board URL needs a user,"
                + " a host and a database: postgresql://user@host:port/database");
    }

    @Test
    void anExportNeverReplacesAFile() throws Exception {
        Path out = Files.writeString(home.resolve("kept.offpiste"), "mine");
        CliRunner.Result r = new CliRunner(home, Map.of()).run("export-board", "--host", "localhost",
                "--database", "board", "--user", "ana", out);

        assertThat(r.code()).isEqualTo(ExitCode.PROJECT);
        assertThat(r.err()).contains("A file already exists at " + out);
        assertThat(Files.readString(out)).isEqualTo("mine");
    }
}
