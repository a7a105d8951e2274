package org.offpiste.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
    @TempDir
    Path logs;
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private final PrintStream stderr = System.err;

    @AfterEach
    void restore() throws IOException {
        System.setErr(stderr);
        Thread.setDefaultUncaughtExceptionHandler(before);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.close();
        }
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void anUncaughtFailureGoesToTheLogFileNotToTheConsole() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        Logging.configure(logs);

        Thread t = new Thread(() -> {
            throw new IllegalStateException("boom in a background thread");
        }, "worker");
        t.start();
        t.join();
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(logs.resolve("offpiste-0.log")))
                .contains("Uncaught failure on thread worker").contains("boom in a background thread");
    }
}
