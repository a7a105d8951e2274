package org.offpiste.sparring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.offpiste.capture.Capture;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.LlmTimeouts;
import org.offpiste.ui.FrameScheduler;
import org.offpiste.ui.TaskExecutor;

/**
 * Follows one answer for the pane. Text and captured ideas arrive on background threads and are
 * buffered; the buffer is moved to the screen at most once per frame (text and ideas together). The item may be attached after the
 * first tokens (or even the end) arrived: nothing is lost, it is applied on attach.
 */
final class StreamFollower implements ExchangeListener {
    private final TaskExecutor executor;
    private final FrameScheduler.Request frame;
    private final Consumer<StreamFollower> onEnd;
    private final Runnable onUpdate;
    private final StringBuilder pending = new StringBuilder();
    private final List<Capture> pendingCaptures = new ArrayList<>();
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
    public void captured(Capture capture) {
        synchronized (pending) {
            pendingCaptures.add(capture);
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
        List<Capture> captures;
        synchronized (pending) {
            if (pending.isEmpty() && pendingCaptures.isEmpty()) {
                return;
            }
            chunk = pending.toString();
            pending.setLength(0);
            captures = List.copyOf(pendingCaptures);
            pendingCaptures.clear();
        }
        if (!chunk.isEmpty()) {
            item.append(chunk);
        }
        if (!captures.isEmpty()) {
            item.captured().add(captures);
        }
        onUpdate.run();
    }

    private void finish() {
        drain();
        item.ended(endedAnswer, endedFailure);
        onEnd.accept(this);
    }
}
