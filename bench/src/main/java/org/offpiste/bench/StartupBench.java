package org.offpiste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start to first frame, Offpiste's window against a bare JavaFX window started the same way.
 * Each is started {@code RUNS} times after one warm-up run (which also lets Offpiste create its
 * settings and first project, so the measured runs reopen it, as a person's second start would).
 * The figure is the wall time from starting the JVM to its {@code first-frame-ms=} line.
 */
final class StartupBench {
    private static final int RUNS = 5;
    private static final long TIMEOUT_MS = 90_000;
    private final Report report;
    private final Path work;

    StartupBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Start to first frame (median of " + RUNS + ", after 1 warm-up)");
        report.figure("display", Display.current().describe());
        Path bareHome = Files.createDirectories(work.resolve("home-bare"));
        Path appHome = Files.createDirectories(work.resolve("home-app"));
        List<String> appOptions = List.of("-Doffpiste.bench.firstFrame=true", "-Doffpiste.bench.exit=true");
        Result bare = measure("bare JavaFX window", BareWindow.class.getName(), List.of(), bareHome);
        Result app = measure("Offpiste window", "org.offpiste.app.Main", appOptions, appHome);
        panesShown(appHome);
        if (bare.ok() && app.ok()) {
            report.figure("ratio Offpiste / bare (wall)", String.format(java.util.Locale.ROOT, "%.2fx (target <= 1.3x)",
                    app.wall().median() / bare.wall().median()));
            if (app.reported().count() > 0 && bare.reported().count() > 0) {
                report.figure("ratio Offpiste / bare (self-reported)", String.format(java.util.Locale.ROOT, "%.2fx",
                        app.reported().median() / bare.reported().median()));
            }
        }
    }

    private Result measure(String name, String mainClass, List<String> options, Path home) throws Exception {
        List<Double> wall = new ArrayList<>();
        List<Double> reported = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            try (JavaProcess p = JavaProcess.start(mainClass, options, List.of(), home)) {
                JavaProcess.Timed line = p.awaitLine("first-frame-ms=", TIMEOUT_MS);
                if (line == null) {
                    Thread.sleep(200);
                    report.figure(name, p.exitCode().isPresent()
                            ? "exited (code " + p.exitCode().getAsInt() + ") without printing first-frame-ms=: " + p.lastLines()
                            : "no first-frame-ms= line within " + TIMEOUT_MS / 1000 + " s (the window's benchmark hook is missing?)");
                    return new Result(Stats.ofMillis(List.of()), Stats.ofMillis(List.of()), false);
                }
                p.awaitExit(20_000);
                if (i > 0) {
                    wall.add(line.wallMs());
                    parse(line.value(), reported);
                }
            }
        }
        Stats w = Stats.ofMillis(wall);
        Stats r = Stats.ofMillis(reported);
        report.figure(name + ": wall, JVM start to first frame", w.summary());
        if (r.count() > 0) {
            report.figure(name + ": self-reported first-frame-ms", r.summary());
        }
        return new Result(w, r, true);
    }

    /** The first frame is the window's outline; this is the time until the project's panes are drawn. */
    private void panesShown(Path home) throws Exception {
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i <= RUNS; i++) {
            Path ready = work.resolve("startup-ready-" + i);
            Files.deleteIfExists(ready);
            try (JavaProcess p = JavaProcess.start("org.offpiste.app.Main",
                    List.of("-Doffpiste.bench.readyFile=" + ready), List.of(), home)) {
                if (!MemoryBench.awaitReady(ready, p, TIMEOUT_MS)) {
                    report.figure("Offpiste: JVM start to panes shown", "never wrote 'ready': " + p.lastLines());
                    return;
                }
                if (i > 0) {
                    wall.add(p.millisSinceStart());
                    cpu.add(p.cpuMillis());
                }
            }
        }
        report.figure("Offpiste: JVM start to panes shown", Stats.ofMillis(wall).summary());
        report.figure("  process CPU time until then (all threads)", Stats.ofMillis(cpu).summary());
        report.note("the last project (empty, created by the warm-up run) reopened; the window is then closed");
    }

    private static void parse(String value, List<Double> into) {
        try {
            into.add(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            // The wall time is the figure; a malformed self-report is only left out.
        }
    }

    private record Result(Stats wall, Stats reported, boolean ok) {
    }
}
