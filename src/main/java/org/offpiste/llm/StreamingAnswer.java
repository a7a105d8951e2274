package org.offpiste.llm;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One streaming answer: keeps every piece of text that arrived, retries a 429/5xx that comes
 * before any text, watches the silence, and ends exactly once, whatever langchain4j, the network,
 * the watchdog or Stop do, in whatever order.
 */
final class StreamingAnswer implements StreamingCall {
    private final CallContext context;
    private final ModelRequest request;
    private final String key;
    private final StreamEvents events;
    private final FailureClassifier classifier;
    private final Object lock = new Object();
    private final StringBuilder text = new StringBuilder();
    private volatile boolean ended;
    private volatile int attempt;
    private volatile boolean waiting;
    private volatile boolean sawHeaders;
    private volatile boolean sawText;
    private volatile long lastActivity = System.nanoTime();
    private volatile CallHandle handle;
    private volatile ScheduledFuture<?> watchdog;
    private volatile ScheduledFuture<?> retry;

    StreamingAnswer(CallContext context, ModelRequest request, String key, StreamEvents events) {
        this.context = context;
        this.request = request;
        this.key = key;
        this.events = events;
        this.classifier = new FailureClassifier(request.provider(), context.redactor(key));
    }

    void start() {
        long tick = watchdogTick(context.timeouts()).toMillis();
        watchdog = context.scheduler().scheduleAtFixedRate(this::watch, tick, tick, TimeUnit.MILLISECONDS);
        if (ended) {
            watchdog.cancel(false);
        }
        context.workers().execute(() -> begin(1));
    }

    /** Ends at once without a request (no key, for example). */
    void refuse(FailureKind kind) {
        String variable = request.provider().kind().keyVariable();
        finish(Ending.FAILED, classifier.failure(kind, variable == null ? "" : variable), true);
    }

    @Override
    public void stop() {
        finish(Ending.STOPPED, null, true);
    }

    @Override
    public boolean isDone() {
        return ended;
    }

    private void begin(int number) {
        CallHandle attemptHandle;
        synchronized (lock) {
            if (ended) {
                return;
            }
            Attempt current = new Attempt(this, number);
            attemptHandle = new CallHandle(current);
            attempt = number;
            handle = attemptHandle;
            waiting = false;
            sawHeaders = false;
            lastActivity = System.nanoTime();
        }
        try {
            StreamingChatModel model = ChatModels.create(request.provider(), key, new GuardedHttpClientBuilder(
                    context.plumbing(), context.timeouts(), request.provider(), context.redactor(key), attemptHandle));
            model.chat(ChatRequests.of(request), (Attempt) attemptHandle.observer());
            // the wait for the headers starts once the request is on its way (building the first model loads classes)
            if (attempt == number && !sawHeaders) {
                lastActivity = System.nanoTime();
            }
        } catch (RuntimeException refused) {
            failed(number, refused);
        }
    }

    /** True for the attempt in flight; a failed attempt waiting for its retry says nothing more. */
    private boolean current(int number) {
        return number == attempt && !waiting;
    }

    void activity(int number, boolean headers) {
        if (current(number)) {
            if (headers) {
                sawHeaders = true;
            }
            lastActivity = System.nanoTime();
        }
    }

    void text(int number, String delta) {
        if (delta == null || delta.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (ended || !current(number)) {
                return;
            }
            text.append(delta);
            sawText = true;
            lastActivity = System.nanoTime();
            events.text(delta);
        }
    }

    void completed(int number, FinishReason reason) {
        if (!current(number)) {
            return;
        }
        // Ollama (done:true) and Anthropic (message_stop) call this only when the model said it was done;
        // OpenAI and Gemini call it whenever the body ends, so there a missing reason means a cut stream
        boolean saidDone = request.provider().kind() == ProviderKind.OLLAMA || request.provider().kind() == ProviderKind.ANTHROPIC;
        if (reason == null && saidDone) {
            reason = FinishReason.STOP;
        }
        if (reason == null) {
            fail(FailureKind.CLOSED_EARLY, "");
        } else if (reason == FinishReason.LENGTH) {
            fail(FailureKind.LENGTH, "");
        } else if (reason == FinishReason.CONTENT_FILTER) {
            fail(FailureKind.OTHER, "content_filter"); // the finish reason as the API names it, in no language
        } else if (!sawText) {
            fail(FailureKind.EMPTY, "");
        } else {
            finish(Ending.COMPLETE, null, false);
        }
    }

    void bodyEnded(int number) {
        if (current(number)) {
            fail(FailureKind.CLOSED_EARLY, "");
        }
    }

    void malformed(int number) {
        if (current(number)) {
            fail(FailureKind.MALFORMED, "");
        }
    }

    void failed(int number, Throwable error) {
        if (!current(number)) {
            return;
        }
        LlmFailure failure = classifier.classify(error);
        synchronized (lock) {
            if (ended) {
                return;
            }
            if (!sawText && failure.kind().retriedAutomatically() && number < context.timeouts().maxAttempts()) {
                Duration wait = Backoff.before(number + 1, context.timeouts(),
                        FailureClassifier.find(error, ProviderHttpException.class).flatMap(ProviderHttpException::retryAfter));
                waiting = true;
                handle.cancel();
                events.waiting(number + 1, wait, failure);
                retry = context.scheduler().schedule(() -> context.workers().execute(() -> begin(number + 1)),
                        wait.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        }
        end(failure);
    }

    private void watch() {
        if (ended || waiting) {
            return;
        }
        long silent = System.nanoTime() - lastActivity;
        LlmTimeouts timeouts = context.timeouts();
        if (!sawHeaders) {
            if (silent > timeouts.headers().toNanos()) {
                fail(FailureKind.NO_HEADERS, seconds(timeouts.headers()));
            }
            return;
        }
        // before the first word a model may think for a while: the longer of both limits
        Duration limit = sawText || timeouts.idle().compareTo(timeouts.headers()) > 0 ? timeouts.idle() : timeouts.headers();
        if (silent > limit.toNanos()) {
            fail(FailureKind.STALLED, seconds(limit));
        }
    }

    private void fail(FailureKind kind, String detail) {
        end(classifier.failure(kind, detail));
    }

    /** Ends as INCOMPLETE when text arrived, FAILED when none did. */
    private void end(LlmFailure failure) {
        finish(null, failure, false);
    }

    private void finish(Ending ending, LlmFailure failure, boolean elsewhere) {
        Outcome outcome;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            Ending actual = ending != null ? ending : text.length() == 0 ? Ending.FAILED : Ending.INCOMPLETE;
            outcome = new Outcome(actual, text.toString(), failure);
        }
        cancel(watchdog);
        cancel(retry);
        CallHandle current = handle;
        if (current != null) {
            current.cancel();
        }
        if (elsewhere) {
            context.workers().execute(() -> events.ended(outcome));
        } else {
            events.ended(outcome);
        }
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    static Duration watchdogTick(LlmTimeouts timeouts) {
        long shortest = Math.min(timeouts.idle().toMillis(), timeouts.headers().toMillis());
        return Duration.ofMillis(Math.max(5, Math.min(500, shortest / 8)));
    }
}
