package org.offpiste.sparring;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.offpiste.ui.FrameScheduler;
import org.offpiste.ui.TaskExecutor;

/**
 * The one answer being produced at a time: starts it in the background, follows it with a
 * {@link StreamFollower}, and stops it. Streamed text reaches the screen once per frame at most.
 */
final class AnswerRunner {
    private final TaskExecutor executor;
    private final FrameScheduler frames;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper stoppable = new ReadOnlyBooleanWrapper(this, "stoppable");
    private final ReadOnlyIntegerWrapper textUpdates = new ReadOnlyIntegerWrapper(this, "textUpdates");
    private StreamFollower follower;
    private Exchange exchange;
    private long conversation;

    AnswerRunner(TaskExecutor executor, FrameScheduler frames, Consumer<Throwable> onFailure) {
        this.executor = executor;
        this.frames = frames;
        this.onFailure = onFailure;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty textUpdatesProperty() {
        return textUpdates.getReadOnlyProperty();
    }

    boolean isRunning() {
        return running.get();
    }

    /** The conversation of the running answer (0 when none runs). */
    long conversation() {
        return running.get() ? conversation : 0;
    }

    /** The item that shows the running answer, if it is placed yet. */
    MessageItem item() {
        StreamFollower f = follower;
        return f == null ? null : f.item();
    }

    /**
     * Starts an exchange in the background for {@code conversationId}; once it has started,
     * {@code place} puts its items in the thread (if it is still shown) and returns the answer's.
     */
    void start(long conversationId, Function<ExchangeListener, Exchange> call, Function<Exchange, MessageItem> place) {
        if (running.get()) {
            return;
        }
        running.set(true);
        conversation = conversationId;
        StreamFollower f = new StreamFollower(executor, frames, () -> textUpdates.set(textUpdates.get() + 1),
                this::ended);
        follower = f;
        executor.run(() -> call.apply(f), ex -> {
            exchange = ex;
            stoppable.set(!f.isEnded());
            MessageItem item = place.apply(ex);
            f.attach(item != null ? item : new MessageItem(ex.answer(), 1, 1));
        }, e -> {
            follower = null;
            running.set(false);
            onFailure.accept(e);
        });
    }

    /**
     * Stops the running answer now, on this thread: what arrived is kept, marked as stopped.
     * {@link Exchange#stop()} never blocks (it flags the answer, cancels the request and closes its
     * connection, and hands the final write to the answer's own threads), so Stop never waits in
     * line behind store or network work.
     */
    void stop() {
        Exchange ex = exchange;
        if (ex != null) {
            stoppable.set(false);
            try {
                ex.stop();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
    }

    private void ended(StreamFollower f) {
        if (f == follower) {
            follower = null;
            exchange = null;
            running.set(false);
            stoppable.set(false);
        }
    }
}
