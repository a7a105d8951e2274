package org.offpiste.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code org.offpiste.app.Main} in its own JVM, as a person's shell would: English,
 * headless, its home under the test's folder, standard output and error kept in files there.
 */
final class MainProcess {
    private final Path home;
    private final Duration limit;

    record Outcome(int code, String out, String err) {
    }

    MainProcess(Path home, Duration limit) {
        this.home = home;
        this.limit = limit;
    }

    Outcome run(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "-Djava.awt.headless=true",
                "org.offpiste.app.Main"));
        for (Object a : args) {
            command.add(a.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OFFPISTE_HOME", home.resolve("home").toString());
        // Never a real window from a test: without a display JavaFX refuses to start.
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectOutput(home.resolve("stdout").toFile());
        pb.redirectError(home.resolve("stderr").toFile());
        Process p = pb.start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Main did not finish: " + command);
        }
        return new Outcome(p.exitValue(), Files.readString(home.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("stderr"), StandardCharsets.UTF_8));
    }
}
