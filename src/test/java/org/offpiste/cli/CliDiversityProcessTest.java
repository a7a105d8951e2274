package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "-Djava.awt.headless=true",
                "org.offpiste.app.Main"));
        for (Object a : args) {
            command.add(a.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OFFPISTE_HOME", home.resolve("home").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(home.resolve("stdout").toFile());
        pb.redirectError(home.resolve("stderr").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new String[] {String.valueOf(p.exitValue()), Files.readString(home.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr"), StandardCharsets.UTF_8)};
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
