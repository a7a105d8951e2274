package org.offpiste.board;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.offpiste.ui.TaskExecutor;

/**
 * Runs a query in the background with at most one in flight: asking while one runs asks for one
 * more run once it ends, and the answer of an outdated run is dropped (latest wins).
 */
final class LatestQuery<T> {
    private final TaskExecutor executor;
    private final Supplier<Callable<T>> query;
    private final Consumer<T> onAnswer;
    private final Consumer<Throwable> onFailure;
    private boolean running;
    private boolean again;

    LatestQuery(TaskExecutor executor, Supplier<Callable<T>> query, Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.query = query;
        this.onAnswer = onAnswer;
        this.onFailure = onFailure;
    }

    /** Asks for a fresh answer. Call on the UI thread. */
    void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        executor.run(query.get(), this::answered, this::failed);
    }

    boolean isRunning() {
        return running;
    }

    private void answered(T answer) {
        running = false;
        if (again) {
            again = false;
            request();
            return;
        }
        onAnswer.accept(answer);
    }

    private void failed(Throwable error) {
        running = false;
        onFailure.accept(error);
        if (again) {
            again = false;
            request();
        }
    }
}
