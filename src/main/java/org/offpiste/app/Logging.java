package org.offpiste.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends every log record (ours and the libraries', which reach java.util.logging through
 * SLF4J) to a rotating file in the logs folder, never to the person's console.
 */
public final class Logging {
    private Logging() {
    }

    public static void configure(Path logDir) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(logDir);
            Handler file = new FileHandler(logDir.resolve("offpiste-%g.log").toString(), 2_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log file: keep quiet rather than print on the person's console.
            root.setLevel(Level.OFF);
        }
        // An unexpected failure on any thread (the JavaFX thread included) goes to the log file,
        // not as a stack trace on the person's console.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Logger.getLogger("org.offpiste")
                .log(Level.SEVERE, "Uncaught failure on thread " + thread.getName(), error));
    }
}
