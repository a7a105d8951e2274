package org.offpiste.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.offpiste.ui.TaskExecutor;

/**
 * Measures how long the JavaFX thread keeps work waiting: a task posted every millisecond notes
 * how long it waited to run (wall clock) and how much of that the FX thread spent on its own CPU
 * (a wait while the machine runs other processes is not the program's stall). Waits over a frame
 * (16 ms) are kept with the time they happened and the answer's length then.
 */
final class FxProbe implements AutoCloseable {
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    private final TaskExecutor ui;
    private final long fxThread;
    private final IntSupplier answerLength;
    private final AtomicBoolean probing = new AtomicBoolean(true);
    private final Thread thread;
    private final List<String> slow = new ArrayList<>();
    private long start = System.nanoTime();
    private long worst;
    private long worstBusy;

    FxProbe(TaskExecutor ui, long fxThread, IntSupplier answerLength) {
        this.ui = ui;
        this.fxThread = fxThread;
        this.answerLength = answerLength;
        thread = new Thread(this::loop, "bench-fx-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Forgets what was measured so far (FX thread). */
    void reset() {
        start = System.nanoTime();
        worst = 0;
        worstBusy = 0;
        slow.clear();
    }

    /** Longest wait and longest FX-busy time in ms, and the waits over 16 ms (FX thread). */
    double worstMs() {
        return worst / 1e6;
    }

    double worstBusyMs() {
        return worstBusy / 1e6;
    }

    String slowWaits() {
        return String.join("; ", slow);
    }

    long fxCpuNanos() {
        return cpu.getThreadCpuTime(fxThread);
    }

    private void loop() {
        while (probing.get()) {
            long posted = System.nanoTime();
            long cpuAtPost = cpu.getThreadCpuTime(fxThread);
            CompletableFuture<Void> ran = new CompletableFuture<>();
            ui.onUi(() -> {
                long waited = System.nanoTime() - posted;
                long busy = Math.min(waited, cpu.getThreadCpuTime(fxThread) - cpuAtPost);
                worst = Math.max(worst, waited);
                worstBusy = Math.max(worstBusy, busy);
                if (waited > 16_000_000L && slow.size() < 12) {
                    slow.add(String.format(Locale.ROOT, "%.0f ms at %.2f s (busy %.0f ms, %d chars)", waited / 1e6,
                            (posted - start) / 1e9, busy / 1e6, answerLength.getAsInt()));
                }
                ran.complete(null);
            });
            try {
                ran.get(5, TimeUnit.SECONDS);
                Thread.sleep(1);
            } catch (Exception e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        probing.set(false);
        thread.join(2000);
    }
}
