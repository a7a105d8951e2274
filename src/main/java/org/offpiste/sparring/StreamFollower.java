package org.offpiste.sparring;

import java.time.Duration;
import java.util.function.Consumer;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.LlmTimeouts;
import org.offpiste.ui.FrameScheduler;
import org.offpiste.ui.TaskExecutor;

/**
 * Follows one answer for the pane. Text arrives on a background thread and is buffered; the
 * buffer is moved to the screen at most once per frame. The item may be attached after the
 * first tokens (or even the end) arrived: nothing is lost, it is applied on attach.
 */
final class StreamFollower implements ExchangeListener {
    private final TaskExecutor executor;
    private final FrameScheduler.Request frame;
    private final Consumer<StreamFollower> onEnd;
    private final Runnable onUpdate;
    private final StringBuilder pending = new StringBuilder();
    private MessageItem item;
    private Message endedAnswer;
    private LlmFailure endedFailure;
    private MessageItem.Waiting waiting;
    private boolean ended;

    StreamFollower(TaskExecutor executor, FrameScheduler frames, Runnable onUpdate, Consumer<StreamFollower> onEnd) {
        this.executor = executor;
        this.onUpdate = onUpdate;
        this.onEnd = onEnd;
        this.frame = frames.coalescing(this::drain);
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        MessageItem.Waiting w = new MessageItem.Waiting(attempt, LlmTimeouts.defaults().maxAttempts(), wait, cause);
        executor.onUi(() -> {
            waiting = w;
            if (item != null) {
                item.waiting(w);
            }
        });
    }

    @Override
    public void text(String delta) {
        synchronized (pending) {
            pending.append(delta);
        }
        frame.request();
    }

    @Override
    public void ended(Message answer, LlmFailure failure) {
        executor.onUi(() -> {
            ended = true;
            endedAnswer = answer;
            endedFailure = failure;
            if (item != null) {
                finish();
            }
        });
    }

    /** Shows this answer's progress in {@code target} from now on (UI thread). */
    void attach(MessageItem target) {
        item = target;
        if (waiting != null) {
            item.waiting(waiting);
        }
        if (ended) {
            finish();
        } else {
            drain();
        }
    }

    MessageItem item() {
        return item;
    }

    boolean isEnded() {
        return ended;
    }

    private void drain() {
        if (item == null) {
            return;
        }
        String chunk;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            chunk = pending.toString();
            pending.setLength(0);
        }
        item.append(chunk);
        onUpdate.run();
    }

    private void finish() {
        drain();
        item.ended(endedAnswer, endedFailure);
        onEnd.accept(this);
    }
}
