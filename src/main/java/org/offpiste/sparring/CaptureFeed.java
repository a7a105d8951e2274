package org.offpiste.sparring;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.capture.AnswerCapture;

/**
 * Hands an answer's text to its capture off the provider's thread: each delta queues one look at
 * the text so far, never more than one waiting (the text is read when the look runs; the capture
 * decides cheaply whether to read the ideas again); at the end the capture reads the final text
 * and the caller waits for it, so the end is heard after every capture.
 */
final class CaptureFeed {
    private static final Logger LOG = Logger.getLogger(CaptureFeed.class.getName());
    private final AnswerCapture capture;
    private final Executor executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private Supplier<String> text = () -> "";

    CaptureFeed(AnswerCapture capture, Executor executor) {
        this.capture = capture;
        this.executor = executor;
    }

    /** Where the text so far is read (the answer's own buffer). */
    void readFrom(Supplier<String> textSoFar) {
        this.text = textSoFar;
    }

    void text(String delta) {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                safely(() -> capture.grew(text.get()));
            });
        } catch (RejectedExecutionException e) {
            queued.set(false); // shutting down: the end still reads the whole text
        }
    }

    /** Captures the rest of the answer and waits until it is recorded. */
    void ended(String finalText, boolean complete) {
        FutureTask<Void> last = new FutureTask<>(() -> safely(() -> capture.ended(finalText, complete)), null);
        try {
            executor.execute(last);
        } catch (RejectedExecutionException e) {
            last.run();
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "The capture of an answer failed", e.getCause());
        }
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The capture of an answer failed", e);
        }
    }
}
