package org.offpiste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The benchmark harness (run by bench/run): {@code startup}, {@code store}, {@code memory}, {@code stream},
 * {@code novelty}, {@code capture}, {@code judgement}, {@code teamboard} or {@code all}. Not a test: it prints figures for docs/benchmarks.md.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        Path results = args.length > 1 ? Path.of(args[1]) : null;
        Path work = Files.createTempDirectory("offpiste-bench");
        Report report = new Report(System.out, results);
        report.line("# Offpiste benchmarks: " + what);
        report.figure("machine", Machine.describe());
        List<String> parts = what.equals("all") ? List.of("startup", "store", "memory", "stream", "novelty", "capture", "judgement", "teamboard") : List.of(what);
        for (String part : parts) {
            switch (part) {
                case "startup" -> new StartupBench(report, work).run();
                case "capture" -> new CaptureBench(report, work).run();
                case "judgement" -> new JudgementBench(report, work).run();
                case "teamboard" -> new TeamBoardBench(report, work).run();
                case "store" -> new StoreBench(report, work).run();
                case "memory" -> new MemoryBench(report, work).run();
                case "novelty" -> new NoveltyBench(report, work).run();
                case "stream" -> {
                    try {
                        new StreamBench(report, work).run();
                    } catch (Exception e) {
                        // The app's logging (set up by the bench) sends uncaught failures to a file: say it here.
                        System.err.println("bench: the stream benchmark failed: " + e);
                        System.exit(1);
                    }
                }
                default -> {
                    System.err.println("bench: unknown benchmark '" + part + "' (startup, store, memory, stream, novelty, capture, judgement, teamboard, all)");
                    System.exit(2);
                }
            }
        }
        System.exit(0);
    }
}
