package org.offpiste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.offpiste.app.AppContext;
import org.offpiste.app.Logging;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.MessageItem;
import org.offpiste.sparring.SparringView;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.offpiste.ui.Pulses;
import org.offpiste.ui.Theme;

/**
 * A 4,000-token answer streamed at 500 tokens a second by a local Ollama stand-in, through the
 * real model client, sparring service, project file, view model and pane: the time from the
 * server's last byte to the frame that shows the last token, and the longest time the JavaFX
 * thread was held (a probe posted every millisecond; the FX thread's own CPU time of the wait).
 */
final class StreamBench {
    private static final int TOKENS = 4_000;
    private static final int RATE = 500;
    private static final int RUNS = 3;
    private static final int WARM_UPS = 3;
    /** The hand-off to the JavaFX thread (the app's own; its worker thread is not used here). */
    private final FxTaskExecutor ui = new FxTaskExecutor("offpiste-bench-ui");
    private final Report report;
    private final Path work;

    StreamBench(Report report, Path work) {
        this.report = report;
        this.work = work;
    }

    void run() throws Exception {
        report.section("Streaming an answer: " + TOKENS + " tokens at " + RATE + " tokens/s (in process, " + RUNS
                + " runs after one warm-up)");
        report.figure("display", Display.current().describe());
        Path home = Files.createDirectories(work.resolve("home-stream"));
        // As the program does: library and JavaFX warnings go to a log file, not to the console.
        Logging.configure(home.resolve("logs"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // Each run closes its window: without this, closing the last one ends the JavaFX toolkit
        // and the next run's window is never made (its runLater is silently dropped).
        Platform.setImplicitExit(false);
        onFx(Theme.LIGHT::apply);
        AppContext context = new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"), home.resolve("projects")), Map.of());
        List<Double> lastToken = new ArrayList<>();
        List<Double> stall = new ArrayList<>();
        List<Double> busy = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            Thread watchdog = watchdog(run);
            double[] figures = once(context, run);
            watchdog.interrupt();
            if (run > 0) {
                lastToken.add(figures[0]);
                stall.add(figures[1]);
                busy.add(figures[2]);
                first.add(figures[4]);
            }
        }
        report.figure("server's last byte to last token on screen (target <= 50 ms)", Stats.ofMillis(lastToken).summary());
        report.figure("longest FX-thread stall, wall clock (target <= 16 ms)", Stats.ofMillis(stall).summary());
        report.figure("  of which the FX thread was busy (its CPU time)", Stats.ofMillis(busy).summary());
        report.figure("  first exchange in a new window: FX busy", Stats.ofMillis(first).summary());
        report.note("last token on screen: the first frame drawn after the pane's answer holds the whole text");
        report.note("measured in a window that has shown " + WARM_UPS + " short exchanges (the first one makes the"
                + " list's cells: reported apart)");
        ui.shutdown(java.time.Duration.ofSeconds(1));
        Platform.exit();
    }

    private double[] once(AppContext context, int run) throws Exception {
        try (StreamServer server = new StreamServer(TOKENS, RATE);
             Session session = context.create(work.resolve("stream-" + run + ".offpiste"))) {
            session.sparring().useProvider(new ProviderSettings(ProviderKind.OLLAMA, server.baseUrl(), "bench", 0.7));
            FxTaskExecutor executor = new FxTaskExecutor();
            Messages messages = new Messages(Messages.ENGLISH);
            SparringViewModel[] vm = new SparringViewModel[1];
            Stage[] stage = new Stage[1];
            long[] fxThread = new long[1];
            onFx(() -> {
                stage[0] = new Stage();
                vm[0] = new SparringViewModel(session.sparring(), executor, new FxFrameScheduler(),
                        new FxDialogService(() -> stage[0], () -> messages), TechniqueLibrary.builtIn());
                vm[0].setMessages(messages);
                stage[0].setScene(new Scene(new SparringView(vm[0], messages, () -> { }), 900, 760));
                stage[0].show();
                fxThread[0] = Thread.currentThread().getId();
            });
            Thread.sleep(500);
            FxProbe probe = new FxProbe(ui, fxThread[0], () -> {
                List<MessageItem> items = vm[0].thread();
                return items.isEmpty() ? 0 : items.get(items.size() - 1).getText().length();
            });
            // A conversation under way: a few short exchanges first (the first one in a new window
            // makes the list's cells), then the long answer that is measured.
            double firstStall = 0;
            double firstBusy = 0;
            for (int k = 1; k <= WARM_UPS; k++) {
                int size = 2 * k;
                String question = "Warm up " + k;
                if (k == 1) {
                    // No conversation yet: the pane makes one in the background, then sends. Once.
                    onFx(() -> {
                        vm[0].composer().textProperty().set(question);
                        vm[0].send();
                    });
                } else {
                    send(vm[0], question, size);
                }
                waitFor(() -> vm[0].thread().size() == size && !vm[0].runningProperty().get());
                if (k == 1) {
                    onFx(() -> { });
                    double[] first = new double[2];
                    onFx(() -> {
                        first[0] = probe.worstMs();
                        first[1] = probe.worstBusyMs();
                    });
                    firstStall = first[0];
                    firstBusy = first[1];
                }
            }
            Thread.sleep(200);
            onFx(probe::reset);
            long fxCpuAtSend = probe.fxCpuNanos();
            long sentAt = System.nanoTime();
            send(vm[0], server.question(), 2 * WARM_UPS + 2);
            long lastByte = server.awaitLastByteNanos(60_000);
            String expected = server.expectedText();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                List<MessageItem> thread = vm[0].thread();
                MessageItem last = thread.isEmpty() ? null : thread.get(thread.size() - 1);
                if (last != null && last.isAnswer() && last.getText().length() >= expected.length()) {
                    stage[0].getScene().removePostLayoutPulseListener(check[0]);
                    Pulses.afterNextFrame(stage[0].getScene(), () -> shown.complete(System.nanoTime()));
                } else {
                    Platform.requestNextPulse();
                }
            };
            onFx(() -> {
                stage[0].getScene().addPostLayoutPulseListener(check[0]);
                Platform.requestNextPulse();
            });
            long onScreen = shown.get(30, TimeUnit.SECONDS);
            double fxShare = (probe.fxCpuNanos() - fxCpuAtSend) * 100.0 / (onScreen - sentAt);
            double[] measured = new double[2];
            String[] slow = new String[1];
            onFx(() -> {
                measured[0] = probe.worstMs();
                measured[1] = probe.worstBusyMs();
                slow[0] = probe.slowWaits();
            });
            probe.close();
            onFx(() -> {
                vm[0].dispose();
                stage[0].close();
            });
            executor.shutdown(java.time.Duration.ofSeconds(2));
            double ms = (onScreen - lastByte) / 1e6;
            double[] figures = {ms, measured[0], measured[1], firstStall, firstBusy};
            report.note(String.format(java.util.Locale.ROOT, "%s: last byte to screen %.1f ms, longest stall %.1f ms"
                    + " (FX busy %.1f ms); FX thread CPU %.0f%% of the stream's time (probe included); first exchange"
                    + " in the new window: stall %.1f ms (busy %.1f ms); load average %s",
                    run == 0 ? "warm-up" : "run " + run, figures[0], figures[1], figures[2], fxShare, figures[3],
                    figures[4], Machine.load()));
            if (!slow[0].isEmpty()) {
                report.note("  waits over 16 ms while streaming: " + slow[0]);
            }
            return figures;
        }
    }

    /**
     * Sends {@code question} in the conversation shown, again if the pane did not take it (it may
     * still be settling after the last answer), until the thread has {@code size} messages or an
     * answer runs (the pane starts one at once when it takes a question).
     */
    private void send(SparringViewModel vm, String question, int size) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            boolean[] taken = new boolean[1];
            onFx(() -> {
                taken[0] = vm.thread().size() >= size || vm.runningProperty().get();
                if (!taken[0]) {
                    vm.composer().textProperty().set(question);
                    vm.send();
                    taken[0] = vm.thread().size() >= size || vm.runningProperty().get();
                }
            });
            if (taken[0]) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the pane never took the question " + question);
            }
            Thread.sleep(50);
        }
    }

    /** Prints every thread's stack and ends the harness if run {@code run} takes more than 3 minutes. */
    private static Thread watchdog(int run) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(180_000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("bench: run " + run + " of the stream benchmark did not end in 3 minutes; threads:");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.err.println("\"" + thread.getName() + "\" " + thread.getState());
                for (StackTraceElement e : stack) {
                    System.err.println("    at " + e);
                }
            });
            System.exit(3);
        }, "bench-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            boolean[] met = new boolean[1];
            onFx(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the warm-up exchange did not end");
            }
            Thread.sleep(10);
        }
    }

    private void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ui.onUi(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
