package org.offpiste.novelty;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The novelty meter of one project. {@link #changed()} schedules a measuring pass on the executor
 * (bursts coalesce into one more pass); figures are answered from memory.
 * See docs/decisions/0016-novelty-meter.md.
 */
public final class NoveltyService implements NoveltyMeter, AutoCloseable {
    /** Default similarity at or above which two ideas are near-duplicates. */
    public static final double DUPLICATE_THRESHOLD = 0.8;
    private static final Logger LOG = Logger.getLogger(NoveltyService.class.getName());
    private static final long PROGRESS_MILLIS = 2000;
    private static final long CLOSE_WAIT_MILLIS = 10_000;
    private final NoveltyStore store;
    private final BaselineStore baselines;
    private final LazyEmbedder embedder;
    private final ExecutorService executor;
    private final Clock clock;
    private final Listeners listeners = new Listeners();
    private final Object monitor = new Object();
    private volatile MeasuringPass pass;
    private volatile Diversity board = Diversity.empty();
    private long requested;
    private long done;
    private boolean running;
    private boolean closed;

    /**
     * @param embedder the embedding model, loaded on first use on {@code executor} (empty: unavailable here)
     * @param executor runs the measuring (one background thread is enough); not shut down by {@link #close()}
     */
    public NoveltyService(NoveltyStore store, BaselineStore baselines, Supplier<Optional<Embedder>> embedder,
                          ExecutorService executor, Clock clock) {
        this.store = store;
        this.baselines = baselines;
        this.embedder = new LazyEmbedder(embedder);
        this.executor = executor;
        this.clock = clock;
    }

    /** True until the model was tried and could not load. */
    @Override
    public boolean available() {
        return !embedder.failed();
    }

    @Override
    public void changed() {
        synchronized (monitor) {
            if (closed) {
                return;
            }
            requested++;
            if (!running) {
                running = true;
                executor.execute(this::drain);
            }
        }
    }

    @Override
    public boolean awaitMeasured(Duration timeout) throws InterruptedException {
        changed();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            long target = requested;
            while (done < target && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
            return done >= target;
        }
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        MeasuringPass p = pass;
        return p == null ? Map.of() : p.index().figures(ideaIds, duplicateThreshold());
    }

    /** Computed on the caller's thread: O(n·d) plus a min(n, 384)² eigenproblem. */
    @Override
    public Diversity diversity(Collection<Long> ideaIds) {
        MeasuringPass p = pass;
        return p == null ? Diversity.empty() : VendiScore.of(p.index().vectors(ideaIds));
    }

    @Override
    public Diversity board() {
        return board;
    }

    @Override
    public Optional<Similar> nearest(String text) {
        Optional<Embedder> e = embedder.get();
        MeasuringPass p = pass;
        if (e.isEmpty() || p == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return p.index().nearest(e.get().embed(List.of(text))[0]);
    }

    @Override
    public double duplicateThreshold() {
        return DUPLICATE_THRESHOLD;
    }

    @Override
    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }

    /** Stops measuring after the batch in hand (what is measured is stored); waits a little for it. */
    @Override
    public void close() {
        synchronized (monitor) {
            closed = true;
            monitor.notifyAll();
            long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
            while (running && System.currentTimeMillis() < deadline) {
                try {
                    monitor.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean stopping() {
        synchronized (monitor) {
            return closed;
        }
    }

    /** Runs passes until none is asked for; at low priority, so the window and typing come first. */
    private void drain() {
        Thread thread = Thread.currentThread();
        int priority = thread.getPriority();
        thread.setPriority(Thread.MIN_PRIORITY);
        try {
            while (true) {
                long target;
                synchronized (monitor) {
                    if (closed || done >= requested) {
                        running = false;
                        monitor.notifyAll();
                        return;
                    }
                    target = requested;
                }
                measure();
                synchronized (monitor) {
                    done = Math.max(done, target);
                    monitor.notifyAll();
                }
            }
        } finally {
            thread.setPriority(priority);
            synchronized (monitor) {
                running = false;
                monitor.notifyAll();
            }
        }
    }

    private void measure() {
        try {
            Optional<Embedder> e = embedder.get();
            if (e.isEmpty()) {
                return;
            }
            boolean first = pass == null;
            if (first) {
                pass = new MeasuringPass(store, baselines, e.get(), duplicateThreshold());
            }
            long[] last = {clock.millis()};
            boolean changed = pass.run(this::stopping, () -> {
                if (clock.millis() - last[0] >= PROGRESS_MILLIS) {
                    last[0] = clock.millis();
                    publish();
                }
            });
            if (changed || first) {
                publish();
            }
        } catch (RuntimeException | LinkageError e) {
            // A closed project, a full disk, a model failing mid-way: the next change tries again.
            LOG.log(Level.WARNING, "The novelty meter could not measure the board", e);
        }
    }

    private void publish() {
        MeasuringPass p = pass;
        if (p != null) {
            board = p.index().board();
        }
        listeners.fire(e -> LOG.log(Level.WARNING, "A novelty listener failed", e));
    }
}
