package org.offpiste.board;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.offpiste.ui.TaskExecutor;

/** Queues background work until the test runs it, to see what is in flight at once. */
final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable onUiLater(Duration delay, Runnable action) {
        queued.add(action);
        return () -> queued.remove(action);
    }

    int pending() {
        return queued.size();
    }

    /** Runs the oldest queued task (and whatever it queues stays queued). */
    void runOne() {
        queued.removeFirst().run();
    }

    void runAll() {
        while (!queued.isEmpty()) {
            runOne();
        }
    }
}
