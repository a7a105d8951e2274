package org.offpiste.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The one background executor of the window and the one hand-off to the JavaFX thread.
 * Background work runs on ONE thread, in the order it was asked for: a project has one
 * database connection anyway, and the order matters (an idea added before the window
 * closes is written before the project is closed; two undos are applied in turn).
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());
    private final ExecutorService background;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("offpiste-timer"));

    /** The window's store executor (thread "offpiste-bg"). */
    public FxTaskExecutor() {
        this("offpiste-bg");
    }

    /** Another one, its thread named {@code threadName} (the window's network work has its own). */
    public FxTaskExecutor(String threadName) {
        this.background = Executors.newSingleThreadExecutor(daemon(threadName));
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                onUi(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.FINE, "Background task failed", e);
                onUi(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable onUiLater(Duration delay, Runnable action) {
        ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** Waits up to {@code timeout} for queued background work (the last saves) to finish. */
    public void shutdown(Duration timeout) {
        timer.shutdown();
        background.shutdown();
        try {
            background.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(5));
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
