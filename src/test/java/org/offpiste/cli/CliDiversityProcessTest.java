package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code offpiste diversity} in its own JVM, as a shell runs it: the embedding model's libraries
 * (DJL, ONNX runtime) say nothing on the console; their logs go to the log file.
 */
class CliDiversityProcessTest {
    @TempDir
    Path home;

    private String[] run(Object... args) throws Exception {
        MainProcess.Outcome r = new MainProcess(home, Duration.ofSeconds(120)).run(args);
        return new String[] {String.valueOf(r.code()), r.out(), r.err()};
    }

    @Test
    void theModelsLibrariesPrintNothingOnTheConsole() throws Exception {
        Path project = home.resolve("p.offpiste");
        assertThat(run("new", project)[0]).isEqualTo("0");
        assertThat(run("add", project, "--title", "Solar-heated bus shelters")[0]).isEqualTo("0");
        assertThat(run("add", project, "--title", "A lending library of power tools")[0]).isEqualTo("0");
        String[] r = run("diversity", project);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[2]).as("standard error").isEmpty();
        assertThat(r[1]).startsWith("Ideas: 2").doesNotContainIgnoringCase("djl").doesNotContainIgnoringCase("onnx")
                .doesNotContain("WARNING", "INFO");
        assertThat(r[1].strip().split("\n")).hasSize(6);
    }
}
