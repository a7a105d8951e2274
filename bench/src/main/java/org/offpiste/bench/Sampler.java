package org.offpiste.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Times an in-process operation by wall clock and by the CPU time of the calling thread. SQLite
 * runs in the calling thread, so on a machine busy with other work the CPU time shows what the
 * operation itself costs, while the wall time shows what a person would have waited.
 */
final class Sampler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final List<Double> wall = new ArrayList<>();
    private final List<Double> cpu = new ArrayList<>();

    /** Runs {@code op} once and keeps its times. */
    <T> T time(Callable<T> op) throws Exception {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        T result = op.call();
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        wall.add((t1 - t0) / 1e6);
        cpu.add((c1 - c0) / 1e6);
        return result;
    }

    /** Runs {@code op} {@code warmUps} times untimed, then {@code runs} times timed. */
    static Sampler repeat(int warmUps, int runs, Callable<?> op) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            op.call();
        }
        Sampler s = new Sampler();
        for (int i = 0; i < runs; i++) {
            s.time(op);
        }
        return s;
    }

    Stats wall() {
        return Stats.ofMillis(wall);
    }

    Stats cpu() {
        return Stats.ofMillis(cpu);
    }

    /** "wall p50 / p95 · cpu p50 / p95 (n)" */
    String summary() {
        Stats w = wall();
        Stats c = cpu();
        return String.format(Locale.ROOT, "wall p50=%.1f p95=%.1f ms | cpu p50=%.1f p95=%.1f ms (n=%d)",
                w.median(), w.percentile(95), c.median(), c.percentile(95), w.count());
    }
}
