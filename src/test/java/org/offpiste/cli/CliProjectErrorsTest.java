package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Project-file problems: one line on stderr, exit code 3, and the file never modified. */
class CliProjectErrorsTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"ideas", "brief", "export"})
    void aMissingProjectIsOneLineAndExitCode3(String command) {
        Path missing = home.resolve("missing.offpiste");

        CliRunner.Result r = command.equals("export")
                ? new CliRunner(home).run(command, missing, "--format", "json")
                : new CliRunner(home).run(command, missing);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).isEqualTo("There is no file at " + missing + ".");
        assertThat(r.out()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void addingToAMissingProjectDoesNotCreateIt() {
        Path missing = home.resolve("missing.offpiste");

        CliRunner.Result r = new CliRunner(home).run("add", missing, "--title", "T");

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).contains("no file");
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ideas", "add", "brief"})
    void aTextFileNamedOffpisteIsRefusedAndLeftUnchanged(String command) throws Exception {
        Path fake = home.resolve("x.offpiste");
        String text = "This is not a database, just notes.\n";
        Files.writeString(fake, text, StandardCharsets.UTF_8);

        CliRunner.Result r = command.equals("add")
                ? new CliRunner(home).run("add", fake, "--title", "T")
                : new CliRunner(home).run(command, fake);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).startsWith(fake + " is not an Offpiste project");
        assertThat(Files.readString(fake, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(Files.list(home).filter(p -> p.getFileName().toString().startsWith("x.offpiste"))).hasSize(1);
    }

    @Test
    void projectProblemsAreInFrench() {
        Path missing = home.resolve("manquant.offpiste");

        CliRunner.Result r = new CliRunner(home).french().run("ideas", missing);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).isEqualTo("Aucun fichier à l'emplacement " + missing + ".");
    }
}
