package org.offpiste.llm;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Streams answers from Ollama, OpenAI, Anthropic, Gemini or an OpenAI-compatible server through
 * langchain4j, on our own HTTP client ({@link GuardedHttpClient}) and watchdog, so that every
 * way a model or the network can fail ends the answer once, with the text that arrived kept.
 * Never blocks the caller; its threads are daemons.
 */
public final class LangchainChatProvider implements ChatProvider, AutoCloseable {
    private final SecretStore secrets;
    private final Supplier<LlmTimeouts> timeouts;
    private final ExecutorService workers = Executors.newCachedThreadPool(new DaemonThreads("offpiste-llm"));
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(new DaemonThreads("offpiste-llm-watchdog"));
    private final HttpPlumbing plumbing;
    private final Set<StreamingCall> running = ConcurrentHashMap.newKeySet();

    public LangchainChatProvider(SecretStore secrets, Supplier<LlmTimeouts> timeouts) {
        this.secrets = secrets;
        this.timeouts = timeouts;
        this.plumbing = HttpPlumbing.create(timeouts.get().connect(), workers);
    }

    @Override
    public StreamingCall stream(ModelRequest request, StreamEvents events) {
        ProviderKind kind = request.provider().kind();
        Optional<String> key = secrets.key(kind).filter(k -> !k.isBlank());
        StreamingAnswer answer = new StreamingAnswer(new CallContext(plumbing, workers, watchdog, timeouts.get()),
                request, key.orElse(null), events);
        running.removeIf(StreamingCall::isDone);
        if (kind.needsKey() && key.isEmpty()) {
            answer.refuse(FailureKind.NO_KEY);
        } else {
            running.add(answer);
            answer.start();
        }
        return answer;
    }

    /** Stops every answer still running (each ends as STOPPED), then the threads. */
    @Override
    public void close() {
        running.forEach(StreamingCall::stop);
        running.clear();
        watchdog.shutdownNow();
        workers.shutdown();
    }
}
