package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.cli.MainProcess.Outcome;
import org.offpiste.project.Session;

/** Runs the real {@code org.offpiste.app.Main} in its own JVM, as a person's shell would. */
class MainProcessTest {
    @TempDir
    Path home;

    private Outcome main(Object... args) throws IOException, InterruptedException {
        return new MainProcess(home, Duration.ofSeconds(60)).run(args);
    }

    private static void assertOneLineWithoutStackTrace(String err) {
        assertThat(err.strip()).isNotEmpty().doesNotContain("\n");
        assertThat(err).doesNotContain("Exception", "\tat ", "at org.");
    }

    @Test
    void commandsRunAndExitWithZero() throws Exception {
        Path project = home.resolve("museum.offpiste");

        Outcome created = main("new", project);
        Outcome added = main("add", project, "--title", "Fossil karaoke", "--tag", "music", "--status", "shortlist");
        Outcome listed = main("ideas", project, "--format", "json");

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.err()).isEmpty();
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out().strip()).matches("\\d+");
        assertThat(listed.code()).isZero();
        JsonNode ideas = new ObjectMapper().readTree(listed.out());
        assertThat(ideas).hasSize(1);
        assertThat(ideas.get(0).get("title").asText()).isEqualTo("Fossil karaoke");
        assertThat(ideas.get(0).get("id").asText()).isEqualTo(added.out().strip());
        assertThat(home.resolve("home/logs")).isDirectory();
    }

    @Test
    void aMissingProjectExitsWith3AndOneLine() throws Exception {
        Outcome o = main("ideas", home.resolve("missing.offpiste"));

        assertThat(o.code()).isEqualTo(3);
        assertThat(o.out()).isEmpty();
        assertOneLineWithoutStackTrace(o.err());
        assertThat(o.err()).contains("missing.offpiste");
    }

    @Test
    void aCorruptProjectExitsWith3AndOneLineAndIsUntouched() throws Exception {
        Path fake = home.resolve("x.offpiste");
        byte[] bytes = "not a database at all\n".getBytes(StandardCharsets.UTF_8);
        Files.write(fake, bytes);

        Outcome o = main("add", fake, "--title", "T");

        assertThat(o.code()).isEqualTo(3);
        assertOneLineWithoutStackTrace(o.err());
        assertThat(Files.readAllBytes(fake)).isEqualTo(bytes);
    }

    @Test
    void aProjectOpenInAnotherProcessIsRefusedWithExitCode3() throws Exception {
        Path project = home.resolve("shared.offpiste");
        CliRunner here = new CliRunner(home.resolve("here"));
        assertThat(here.run("new", project).code()).isZero();

        Outcome o;
        try (Session held = here.context().open(project)) {
            o = main("add", project, "--title", "While it is open elsewhere");
        }

        assertThat(o.code()).isEqualTo(3);
        assertOneLineWithoutStackTrace(o.err());
        assertThat(o.err().strip()).isEqualTo(project + " is already open in another Offpiste window or command."
                + " Close it there first.");
        assertThat(here.run("ideas", project).out()).contains("No ideas match.");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheWindowCommandsFailWithOneLine() throws Exception {
        Path project = home.resolve("p.offpiste");
        assertThat(main("new", project).code()).isZero();

        Outcome bare = main();
        Outcome open = main("open", project);

        for (Outcome o : List.of(bare, open)) {
            assertThat(o.code()).isEqualTo(1);
            assertOneLineWithoutStackTrace(o.err());
            assertThat(o.err()).startsWith("The window could not open (").contains("offpiste --help");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void openTakesATeamBoardUrlAndGoesToTheWindowWithIt() throws Exception {
        Outcome open = main("open", "postgresql://ana@localhost:5433/board?sslmode=disable");

        // Not "no such file": the address went to the window, which cannot open without a display.
        assertThat(open.code()).isEqualTo(1);
        assertOneLineWithoutStackTrace(open.err());
        assertThat(open.err()).startsWith("The window could not open (");
    }

    @Test
    void theDetailsOfAFailureGoToTheLogFile() throws Exception {
        Path fake = home.resolve("x.offpiste");
        Files.writeString(fake, "plain text", StandardCharsets.UTF_8);

        main("ideas", fake);

        String logs;
        try (var files = Files.list(home.resolve("home/logs"))) {
            logs = files.filter(f -> f.toString().endsWith(".log")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(logs).contains("NOT_A_DATABASE").contains(fake.toString());
    }

    @Test
    void aUsageErrorExitsWith2AndOneLine() throws Exception {
        Outcome o = main("ideas", home.resolve("p.offpiste"), "--sort", "votes");

        assertThat(o.code()).isEqualTo(2);
        assertOneLineWithoutStackTrace(o.err());
        assertThat(o.err()).contains("votes");
    }

    @Test
    void helpExitsWith0() throws Exception {
        Outcome o = main("--help");

        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith("Usage: offpiste");
        assertThat(o.err()).isEmpty();
    }
}
