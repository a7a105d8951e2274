package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliHelpTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource({
        "open, 'Open the window on a project, or on a team board given by its URL.'",
        "new, 'Create a project, optionally with a brief.'",
        "brief, Print the brief as Markdown",
        "add, Add an idea to the board and print its id.",
        "ideas, 'List the ideas, filtered and sorted.'",
        "import, 'Import ideas from a CSV file, all or nothing.'",
        "export, 'Export every idea as Markdown, CSV or JSON'"})
    void everyCommandHasHelp(String command, String description) {
        CliRunner.Result r = new CliRunner(home).run(command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: offpiste " + command).contains(description).contains("FILE");
        assertThat(r.out()).doesNotContain("cli.help");
    }

    @ParameterizedTest
    @CsvSource({"ask", "ideate"})
    void theProviderOptionsAreDescribedForEveryCommandThatAsksAModel(String command) {
        CliRunner.Result r = new CliRunner(home).run(command, "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--provider=P", "--base-url=URL", "--model=M",
                "ollama, openai, anthropic, gemini or openai-compatible", "LM Studio", "llama3.2");
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        CliRunner.Result r = new CliRunner(home).run("--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("open", "new", "brief", "add", "ideas", "import", "export", "Exit codes");
    }

    @Test
    void optionsAreDescribed() {
        CliRunner.Result r = new CliRunner(home).run("ideas", "--help");

        assertThat(r.out()).contains("--search=Q", "Full-text search", "--format=FORMAT", "table (default)",
                "--sort=KEY", "--tag=T", "--status=S");
    }

    @Test
    void helpIsInFrenchWhenTheSettingsSaySo() {
        CliRunner.Result r = new CliRunner(home).french().run("add", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Utilisation : offpiste add")
                .contains("Ajoute une idée au tableau", "Le titre de l'idée.", "Affiche cette aide");
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Result r = new CliRunner(home).run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Offpiste ");
    }
}
