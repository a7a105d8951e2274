package org.offpiste.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The window on the 100,000-idea project: the time from starting the JVM until the board is
 * filled (the window writes "ready" to the file named by {@code offpiste.bench.readyFile}), and
 * the resident memory (VmRSS) of that process then, with the launcher's JVM defaults.
 */
final class MemoryBench {
    private static final int RUNS = 3;
    private static final long TIMEOUT_MS = 120_000;
    private final Report report;
    private final Path work;

    MemoryBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Window on 100,000 ideas (separate process, median of " + RUNS + ")");
        report.figure("display", Display.current().describe());
        Path board = StoreBench.board(work, report);
        Path home = Files.createDirectories(work.resolve("home-memory"));
        List<Double> ready = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        List<Double> peak = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path readyFile = work.resolve("ready-" + i);
            Files.deleteIfExists(readyFile);
            List<String> options = List.of("-Doffpiste.bench.readyFile=" + readyFile);
            try (JavaProcess p = JavaProcess.start("org.offpiste.app.Main", options, List.of("open", board.toString()), home)) {
                if (!awaitReady(readyFile, p, TIMEOUT_MS)) {
                    report.figure("window on 100k ideas", p.exitCode().isPresent()
                            ? "exited (code " + p.exitCode().getAsInt() + ") before the board was ready: " + p.lastLines()
                            : "never wrote 'ready' to " + readyFile + " within " + TIMEOUT_MS / 1000
                                    + " s (the window's benchmark hook is missing?)");
                    return;
                }
                ready.add(p.millisSinceStart());
                cpu.add(p.cpuMillis());
                Thread.sleep(2000);
                rss.add(kib(p.pid(), "VmRSS") / 1024.0);
                peak.add(kib(p.pid(), "VmHWM") / 1024.0);
            }
        }
        report.figure("JVM start to board filled, 100k ideas", Stats.ofMillis(ready).summary());
        report.figure("  process CPU time until then (all threads)", Stats.ofMillis(cpu).summary());
        report.figure("resident memory, board open (target <= 400 MB)", mb(Stats.ofMillis(rss)));
        report.figure("peak resident memory (VmHWM)", mb(Stats.ofMillis(peak)));
        report.note("VmRSS read from /proc 2 s after 'ready'; JVM started with no -Xmx, as ./offpiste starts it");
    }

    static boolean awaitReady(Path readyFile, JavaProcess p, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(readyFile) && Files.readString(readyFile, StandardCharsets.UTF_8).contains("ready")) {
                return true;
            }
            if (p.exitCode().isPresent()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static long kib(long pid, String field) {
        return Machine.grep("/proc/" + pid + "/status", field + ":")
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
    }

    private static String mb(Stats s) {
        return String.format(java.util.Locale.ROOT, "median=%.0f MiB max=%.0f MiB (n=%d)", s.median(), s.max(), s.count());
    }
}
