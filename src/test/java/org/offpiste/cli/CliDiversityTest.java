package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.Gui;
import picocli.CommandLine;

/** {@code offpiste diversity} through the real command line, with the real embedding model. */
class CliDiversityTest {
    @TempDir
    Path home;
    private CliRunner cli;
    private Path project;

    @BeforeEach
    void create() {
        cli = new CliRunner(home);
        project = home.resolve("ideas.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
        add("Solar-heated bus shelters", "Bus stops warmed in winter by solar panels on their roofs");
        add("Bus shelters heated by solar power", "Solar panels on the roof keep bus stops warm in winter");
        add("A lending library of power tools", "Neighbours borrow drills and saws instead of buying them");
    }

    private void add(String title, String body) {
        CliRunner.Result r = cli.run("add", project, "--title", title, "--body", body);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void printsTheBoardsDiversityAfterMeasuringIt() {
        CliRunner.Result r = cli.run("diversity", project);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Ideas: 3", "Measured: 3", "Mean similarity: 0.", "Vendi score: ",
                "Near-duplicates: 1 ", "Baseline: none yet");
    }

    @Test
    void printsJsonAndInFrenchTheSameFigures() throws Exception {
        CliRunner.Result r = cli.run("diversity", project, "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("ideas").asInt()).isEqualTo(3);
        assertThat(json.get("measured").asInt()).isEqualTo(3);
        assertThat(json.get("nearDuplicates").asInt()).isEqualTo(1);
        assertThat(json.get("vendi").asDouble()).isBetween(1.5, 3.0);
        assertThat(json.get("meanSimilarity").asDouble()).isBetween(0.1, 0.7);
        assertThat(json.get("baseline").isNull()).isTrue();
        CliRunner.Result fr = cli.french().run("diversity", project);
        assertThat(fr.out()).contains("Idées : 3", "Quasi-doublons : 1");
    }

    @Test
    void aWrongFormatIsAUsageError() {
        assertThat(cli.run("diversity", project, "--format", "csv").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void withoutTheModelOneLineAndExitCode5() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        var context = cli.context();
        CliEnv env = new CliEnv(context, new Gui(context), context.messages(),
                new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        ErrorReport report = new ErrorReport(context.messages(), errStream, context.dirs().logs());
        CommandLine line = new CommandLine(new DiversityCommand(env, Optional::empty), new CommandFactory(env));
        line.setExecutionExceptionHandler((e, l, parsed) -> report.report(e));
        int code = line.execute(project.toString());
        assertThat(code).isEqualTo(ExitCode.MODEL);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("The embedding model cannot run on this machine: no diversity figures.");
    }
}
