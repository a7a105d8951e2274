package org.offpiste.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import org.offpiste.ui.Pulses;
import org.offpiste.workspace.WindowView;

/**
 * Hooks for the benchmark harness, off unless asked for by system properties:
 * {@code offpiste.bench.firstFrame=true} prints {@code first-frame-ms=N} (since JVM start) once the
 * window's first frame is drawn, and {@code offpiste.bench.exit=true} then exits;
 * {@code offpiste.bench.readyFile=PATH} gets "ready" once the project's panes are drawn.
 */
final class BenchHooks {
    private static final Logger LOG = Logger.getLogger(BenchHooks.class.getName());

    private BenchHooks() {
    }

    static void install(WindowView window) {
        if (Boolean.getBoolean("offpiste.bench.firstFrame")) {
            window.stage().sceneProperty().subscribe(scene -> {
                if (scene != null) {
                    firstFrame(scene);
                }
            });
        }
        String ready = System.getProperty("offpiste.bench.readyFile");
        if (ready != null && !ready.isBlank()) {
            window.whenProjectShown(() -> write(Path.of(ready)));
        }
    }

    private static void firstFrame(Scene scene) {
        Pulses.afterNextFrame(scene, () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("first-frame-ms=" + ms);
            System.out.flush();
            if (Boolean.getBoolean("offpiste.bench.exit")) {
                System.exit(0);
            }
        });
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "ready", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the bench ready file " + file, e);
        }
    }
}
