package org.offpiste.sparring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.i18n.Localizable;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.HttpFailures;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.StreamEvents;
import org.offpiste.llm.StreamingCall;

/**
 * One answer as it arrives. The text is kept here and written to the answer's row at most every
 * {@link #WRITE_EVERY} on the scheduler's thread (so a killed program leaves the partial text in
 * the file), then once more at the end with how it ended; the listener hears of the end after
 * that final write. A write that fails (a full disk) loses nothing: the text stays here, the write
 * is tried again a tick later and at the end, and when the final write fails too the listener
 * hears a {@link FailureKind#notSaved} failure. Stop works at any time, even before the provider
 * has answered.
 */
final class AnswerStream implements Exchange, StreamEvents {
    static final Duration WRITE_EVERY = Duration.ofMillis(200);
    /** How long Stop waits for the provider to confirm before ending the answer itself. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(AnswerStream.class.getName());
    private final ConversationStore store;
    private final Message question;
    private final Message answer;
    private final ExchangeListener listener;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Consumer<AnswerStream> onEnd;
    private final CaptureFeed capture;
    private final Object lock = new Object();
    private final Object writeLock = new Object();
    private final StringBuilder text = new StringBuilder();
    private final CountDownLatch done = new CountDownLatch(1);
    private long lastWrite;
    private boolean writeFailed;
    private ScheduledFuture<?> pendingWrite;
    private boolean ended;
    private volatile StreamingCall call;
    private volatile boolean stopRequested;

    AnswerStream(ConversationStore store, Message question, Message answer, ExchangeListener listener,
                 ScheduledExecutorService scheduler, Clock clock, Consumer<AnswerStream> onEnd) {
        this(store, question, answer, listener, scheduler, clock, onEnd, null);
    }

    /** @param capture captures the answer's ideas as it arrives; null when nothing is captured */
    AnswerStream(ConversationStore store, Message question, Message answer, ExchangeListener listener,
                 ScheduledExecutorService scheduler, Clock clock, Consumer<AnswerStream> onEnd, CaptureFeed capture) {
        this.capture = capture;
        if (capture != null) {
            capture.readFrom(this::textSoFar);
        }
        this.store = store;
        this.question = question;
        this.answer = answer;
        this.listener = listener;
        this.scheduler = scheduler;
        this.clock = clock;
        this.onEnd = onEnd;
        this.lastWrite = clock.millis();
    }

    /** Sends the request; a provider that throws instead of reporting ends the answer as FAILED. */
    void start(ChatProvider provider, ModelRequest request) {
        try {
            StreamingCall c = provider.stream(request, this);
            call = c;
            if (stopRequested) {
                c.stop();
            }
        } catch (RuntimeException e) {
            // the message may hold what the provider was given: only its key-free form goes anywhere
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + HttpFailures.shortDetail(HttpFailures.redact(e.getMessage(), List.of())));
            LOG.log(Level.WARNING, "The provider refused the request: {0}", detail);
            ended(new Outcome(Ending.FAILED, "", new LlmFailure(FailureKind.OTHER, request.provider().kind(),
                    request.provider().model(), "", detail)));
        }
    }

    @Override
    public Message question() {
        return question;
    }

    @Override
    public Message answer() {
        return answer;
    }

    private String textSoFar() {
        synchronized (lock) {
            return text.toString();
        }
    }

    long conversationId() {
        return answer.conversationId();
    }

    @Override
    public void stop() {
        stopRequested = true;
        StreamingCall c = call;
        if (c != null) {
            c.stop();
        }
        try {
            scheduler.schedule(() -> ended(new Outcome(Ending.STOPPED, "", null)),
                    STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            ended(new Outcome(Ending.STOPPED, "", null)); // shutting down: end it now
        }
    }

    /** Waits until the answer has ended, been written and told; true if it did within the time. */
    boolean awaitEnd(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        synchronized (lock) {
            if (ended) {
                return;
            }
        }
        tell(() -> listener.waiting(attempt, wait, cause));
    }

    @Override
    public void text(String delta) {
        if (delta == null || delta.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (ended) {
                return;
            }
            text.append(delta);
            if (pendingWrite == null) {
                long delay = Math.max(0, lastWrite + WRITE_EVERY.toMillis() - clock.millis());
                pendingWrite = schedule(delay);
            }
        }
        tell(() -> listener.text(delta));
        if (capture != null) {
            capture.text(delta);
        }
    }

    /** The next write of the text so far; null when the scheduler is shutting down (the final write remains). */
    private ScheduledFuture<?> schedule(long delay) {
        try {
            return scheduler.schedule(this::writeSoFar, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "No more writes while the answer arrives", e);
            return null;
        }
    }

    private void writeSoFar() {
        synchronized (writeLock) {
            String snapshot;
            synchronized (lock) {
                pendingWrite = null;
                if (ended) {
                    return;
                }
                snapshot = text.toString();
                lastWrite = clock.millis();
            }
            try {
                store.updateAnswer(answer.id(), snapshot, MessageStatus.STREAMING, null);
                synchronized (lock) {
                    writeFailed = false;
                }
            } catch (RuntimeException e) {
                retryLater(e);
            }
        }
    }

    /** Keeps the text in memory and tries the write again a tick later, even if no more text comes. */
    private void retryLater(RuntimeException e) {
        synchronized (lock) {
            LOG.log(writeFailed ? Level.FINE : Level.WARNING, "Could not write the answer so far: {0}", e.getMessage());
            writeFailed = true;
            if (!ended && pendingWrite == null) {
                pendingWrite = schedule(WRITE_EVERY.toMillis());
            }
        }
    }

    @Override
    public void ended(Outcome outcome) {
        String finalText;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            if (pendingWrite != null) {
                pendingWrite.cancel(false);
                pendingWrite = null;
            }
            finalText = outcome.text().length() >= text.length() ? outcome.text() : text.toString();
        }
        MessageStatus status = status(outcome.ending(), finalText);
        LlmFailure modelFailure = outcome.failure();
        String failureName = modelFailure == null ? null : modelFailure.kind().name();
        LlmFailure notSaved = null;
        Message stored = null;
        synchronized (writeLock) {
            try {
                store.updateAnswer(answer.id(), finalText, status, failureName);
                stored = store.message(answer.id()).orElse(null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not write the end of the answer: {0}", e.getMessage());
                // the row keeps the text last written, still "streaming": read back as incomplete
                notSaved = notSaved(e);
            }
        }
        LlmFailure failure = notSaved != null ? notSaved : modelFailure;
        Message result = stored != null ? stored : new Message(answer.id(), answer.conversationId(), answer.parentId(),
                answer.role(), finalText, status, answer.createdAt(), clock.instant(), answer.provenance(),
                failure == null ? null : failure.kind().name());
        if (capture != null) {
            capture.ended(finalText, status == MessageStatus.COMPLETE);
        }
        onEnd.accept(this);
        try {
            tell(() -> listener.ended(result, failure));
        } finally {
            done.countDown();
        }
    }

    /**
     * Why the answer is not in the file: the disk is full, or the file could not be written. The
     * store's problems are {@link Localizable} ({@code project.problem.DISK_FULL}); sparring does not
     * depend on the project package, which depends on it.
     */
    private LlmFailure notSaved(RuntimeException e) {
        String problem = e instanceof Localizable l ? l.messageKey().substring(l.messageKey().lastIndexOf('.') + 1)
                : e.getClass().getSimpleName();
        Provenance p = answer.provenance();
        ProviderKind provider = p == null ? null : ProviderKind.fromId(p.provider()).orElse(null);
        return new LlmFailure(problem.equals("DISK_FULL") ? FailureKind.DISK_FULL : FailureKind.NOT_SAVED, provider,
                p == null ? "" : p.model(), "", problem);
    }

    /** A failure after some text keeps the text as an incomplete answer. */
    static MessageStatus status(Ending ending, String text) {
        switch (ending) {
            case COMPLETE:
                return MessageStatus.COMPLETE;
            case STOPPED:
                return MessageStatus.STOPPED;
            case INCOMPLETE:
                return MessageStatus.INCOMPLETE;
            default:
                return text.isEmpty() ? MessageStatus.FAILED : MessageStatus.INCOMPLETE;
        }
    }

    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An answer's listener failed", e);
        }
    }
}
