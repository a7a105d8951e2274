package org.offpiste.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread; delayed actions wait for {@link #runDelayed()}. For tests. */
public final class DirectTaskExecutor implements TaskExecutor {
    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable onUiLater(Duration delay, Runnable action) {
        Runnable[] slot = {action};
        delayed.add(() -> {
            if (slot[0] != null) {
                slot[0].run();
            }
        });
        return () -> slot[0] = null;
    }

    /** Runs the delayed actions scheduled so far (as if their time had come). */
    public void runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
    }
}
