package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors found before any project is opened: exactly one line on stderr, exit code 2 (or 3 for a missing file). */
class CliUsageErrorsTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return new CliRunner(home);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRunner.Result r = cli().run("frobnicate");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("frobnicate").contains("offpiste --help");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CliRunner.Result r = cli().run("add", home.resolve("p.offpiste"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("--title").contains("offpiste add --help");
    }

    @Test
    void anUnknownSortIsOneLineAndExitCode2() {
        CliRunner.Result r = cli().run("ideas", home.resolve("p.offpiste"), "--sort", "votes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("Unknown sort 'votes': use updated, created, title, status, novelty or score.");
    }

    @Test
    void anUnknownStatusIsOneLineAndExitCode2() {
        CliRunner.Result r = cli().run("add", home.resolve("p.offpiste"), "--title", "T", "--status", "maybe");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("Unknown status 'maybe': use inbox, shortlist, parked or rejected.");
    }

    @Test
    void anUnknownStatusFilterIsOneLineAndExitCode2() {
        CliRunner.Result r = cli().run("ideas", home.resolve("p.offpiste"), "--status", "done");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("'done'");
    }

    @Test
    void tableIsNotAnExportFormat() {
        CliRunner.Result r = cli().run("export", home.resolve("p.offpiste"), "--format", "table");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("Unknown format 'table': use md, csv, json.");
    }

    @Test
    void anEmptyTitleIsAUsageError() {
        CliRunner.Result r = cli().run("add", home.resolve("p.offpiste"), "--title", "  ");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).contains("--title");
    }

    @Test
    void openingAMissingFileIsOneLineAndExitCode3() {
        Path missing = home.resolve("nowhere.offpiste");

        CliRunner.Result r = cli().run("open", missing);

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).isEqualTo("There is no file at " + missing + ".");
    }

    @Test
    void openingInAMissingFolderSaysSo() {
        CliRunner.Result r = cli().run("open", home.resolve("no/such/folder/p.offpiste"));

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.errorLine()).contains("folder").contains("does not exist");
    }

    @Test
    void errorsAreInFrenchWhenTheSettingsSaySo() {
        CliRunner.Result r = new CliRunner(home).french().run("ideas", home.resolve("p.offpiste"), "--sort", "votes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errorLine()).isEqualTo("Tri inconnu « votes » : utilisez updated, created, title, status, novelty ou score.");
    }

    @Test
    void aMissingBriefFileIsAnInputError() {
        CliRunner.Result r = cli().run("new", home.resolve("p.offpiste"), "--brief", home.resolve("none.md"));

        assertThat(r.code()).isEqualTo(4);
        assertThat(r.errorLine()).contains("none.md");
        assertThat(home.resolve("p.offpiste")).doesNotExist();
    }
}
