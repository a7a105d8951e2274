package org.offpiste.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and hands the outcome back on it. ViewModels take this
 * interface; {@link FxTaskExecutor} is the real one, {@link DirectTaskExecutor} runs
 * everything at once on the caller's thread for tests.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background; {@code onSuccess} / {@code onFailure} run on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now if already on it). */
    void onUi(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}; the returned handle cancels it. */
    Cancellable onUiLater(Duration delay, Runnable action);

    /** Handle of a delayed action. */
    interface Cancellable {
        void cancel();
    }
}
