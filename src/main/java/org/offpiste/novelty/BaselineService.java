package org.offpiste.novelty;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.BriefVersion;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.StreamingCall;
import org.offpiste.novelty.BaselineState.Status;

/**
 * The banal baseline of one project: for the current brief version, the answer to the plain
 * prompt of {@link BaselinePrompt}, asked for once on the executor when a model is chosen and
 * the embedding model runs, its ideas extracted, embedded and stored. One request at a time; a
 * version that has its baseline is never asked again unless {@link #regenerate()}. Listeners
 * are called on the executor's thread (or the caller's) when the state changes. Closed with its
 * project: the request in flight is stopped and nothing is saved or asked after.
 */
public final class BaselineService implements Baselines, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(BaselineService.class.getName());
    /** Longer than any answer: the provider's own watchdog ends a stalled one well before. */
    private static final Duration LONGEST = Duration.ofMinutes(10);
    private final BaselineStore store;
    private final BriefService brief;
    private final ChatProvider provider;
    private final Supplier<ProviderSettings> settings;
    private final Supplier<Optional<Embedder>> embedder;
    private final Supplier<Locale> locale;
    private final ExecutorService executor;
    private final Clock clock;
    private final Runnable onNewBaseline;
    private final IdeaExtractor extractor = new IdeaExtractor();
    private final Listeners listeners = new Listeners();
    /** A task is queued or running (one at a time). */
    private boolean busy;
    /** The model is being asked now: what the state shows as RUNNING. */
    private boolean asking;
    private long failedVersion = -1;
    private LlmFailure failure;
    private boolean noEmbedder;
    private boolean closed;
    /** The request in flight and its answer, stopped by {@link #close()}. */
    private StreamingCall call;
    private BaselineAnswer answer;

    /**
     * @param settings      the provider and model to ask (the project's current one)
     * @param onNewBaseline called when a new baseline is stored (the meter measures again)
     */
    public BaselineService(BaselineStore store, BriefService brief, ChatProvider provider,
                           Supplier<ProviderSettings> settings, Supplier<Optional<Embedder>> embedder,
                           Supplier<Locale> locale, ExecutorService executor, Clock clock, Runnable onNewBaseline) {
        this.store = store;
        this.brief = brief;
        this.provider = provider;
        this.settings = settings;
        this.embedder = embedder;
        this.locale = locale;
        this.executor = executor;
        this.clock = clock;
        this.onNewBaseline = onNewBaseline;
    }

    /** Reads the project: off the FX thread. */
    @Override
    public BaselineState state() {
        Optional<BriefVersion> version = brief.currentVersion();
        Optional<Baseline> own = version.flatMap(v -> store.baseline(v.id()));
        Optional<Baseline> used = own.isPresent() ? own : store.latest();
        synchronized (this) {
            if (asking) {
                return new BaselineState(Status.RUNNING, used, Optional.empty());
            }
            if (version.isPresent() && failedVersion == version.get().id() && failure != null) {
                return new BaselineState(Status.FAILED, used, Optional.of(failure));
            }
            if (own.isPresent()) {
                return new BaselineState(Status.READY, own, Optional.empty());
            }
            if (settings.get().model().isBlank()) {
                return new BaselineState(Status.NO_MODEL, used, Optional.empty());
            }
            Status status = noEmbedder ? Status.NO_EMBEDDER : Status.MISSING;
            return new BaselineState(status, used, Optional.empty());
        }
    }

    @Override
    public void ensure() {
        start(false);
    }

    @Override
    public void regenerate() {
        start(true);
    }

    private void start(boolean replace) {
        ProviderSettings chosen = settings.get();
        if (chosen.model().isBlank()) {
            listeners.fire();
            return;
        }
        synchronized (this) {
            if (busy || closed) {
                return;
            }
            busy = true;
        }
        try {
            executor.execute(() -> run(chosen, replace));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                busy = false;
                notifyAll();
            }
        }
    }

    @Override
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (busy) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** True while a task is queued or running (tests wait for it). */
    synchronized boolean busy() {
        return busy;
    }

    private void run(ProviderSettings chosen, boolean replace) {
        try {
            if (closed()) {
                return;
            }
            Optional<BriefVersion> version = brief.currentVersion();
            if (version.isEmpty() || (!replace && store.baseline(version.get().id()).isPresent())) {
                return;
            }
            Optional<Embedder> model = embedder.get();
            synchronized (this) {
                noEmbedder = model.isEmpty();
            }
            if (model.isPresent()) {
                synchronized (this) {
                    asking = true;
                }
                listeners.fire();
                ask(version.get(), chosen, model.get());
            }
        } catch (RuntimeException e) {
            if (closed()) {
                return;
            }
            LOG.log(Level.WARNING, "The banal baseline could not be made", e);
            failed(currentVersionId(), new LlmFailure(FailureKind.NOT_SAVED, chosen.kind(), chosen.model(), "", ""));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                busy = false;
                asking = false;
                notifyAll();
            }
            listeners.fire();
        }
    }

    private void ask(BriefVersion version, ProviderSettings chosen, Embedder model) throws InterruptedException {
        BaselinePrompt prompt = new BaselinePrompt(version.brief(), locale.get());
        BaselineAnswer answer = new BaselineAnswer();
        synchronized (this) {
            if (closed) {
                return;
            }
            this.answer = answer;
        }
        StreamingCall started = provider.stream(prompt.request(chosen), answer);
        synchronized (this) {
            call = started;
        }
        if (closed()) {
            started.stop(); // closed while the request started
        }
        Outcome outcome = answer.await(LONGEST).orElse(null);
        synchronized (this) {
            call = null;
            this.answer = null;
            if (closed) {
                return;
            }
        }
        if (outcome == null || outcome.ending() != Ending.COMPLETE) {
            failed(version.id(), outcome == null || outcome.failure() == null
                    ? new LlmFailure(FailureKind.STALLED, chosen.kind(), chosen.model(), "", "")
                    : outcome.failure());
            return;
        }
        List<ExtractedIdea> ideas = extractor.extract(outcome.text(), true);
        if (ideas.isEmpty()) {
            failed(version.id(), new LlmFailure(FailureKind.EMPTY, chosen.kind(), chosen.model(), "", ""));
            return;
        }
        float[][] vectors = model.embed(ideas.stream().map(i -> Vectors.text(i.title(), i.body())).toList());
        List<BaselineItem> items = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            items.add(new BaselineItem(i, ideas.get(i).title(), ideas.get(i).body(), model.model(), vectors[i]));
        }
        synchronized (this) {
            if (closed) {
                return; // the project may be closed: nothing is written into it
            }
            store.save(new Baseline(version.id(), chosen.kind().id(), chosen.model(), prompt.stored(), outcome.text(),
                    clock.instant(), items));
            failedVersion = -1;
            failure = null;
        }
        onNewBaseline.run();
    }

    private synchronized boolean closed() {
        return closed;
    }

    /**
     * Stops the request in flight (its thread is free at once for another project's baseline);
     * nothing is saved or asked after. Returns without waiting for the answer; a save already
     * under way finishes first.
     */
    @Override
    public void close() {
        StreamingCall running;
        BaselineAnswer waiting;
        synchronized (this) {
            closed = true;
            running = call;
            waiting = answer;
            call = null;
            answer = null;
        }
        try {
            if (running != null) {
                running.stop();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not stop the baseline request", e);
        } finally {
            if (waiting != null) {
                waiting.abandon();
            }
        }
    }

    /** The current brief version's id, or -1 when there is none or it cannot be read (the file went away). */
    private long currentVersionId() {
        try {
            return brief.currentVersion().map(BriefVersion::id).orElse(-1L);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The brief could not be read", e);
            return -1L;
        }
    }

    private synchronized void failed(long versionId, LlmFailure why) {
        if (closed) {
            return;
        }
        failedVersion = versionId;
        failure = why;
    }

    @Override
    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }
}
