package org.offpiste.novelty;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/** The novelty meter of one project. (Being written by the novelty work stream.) */
public final class NoveltyService implements NoveltyMeter, AutoCloseable {

    /**
     * @param embedder the embedding model, loaded on first use on {@code executor} (empty: unavailable here)
     * @param executor runs the measuring (one background thread is enough); not shut down by {@link #close()}
     */
    public NoveltyService(NoveltyStore store, BaselineStore baselines, Supplier<Optional<Embedder>> embedder,
                          ExecutorService executor, Clock clock) {
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void changed() {
    }

    @Override
    public boolean awaitMeasured(Duration timeout) {
        return true;
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        return Map.of();
    }

    @Override
    public Diversity diversity(Collection<Long> ideaIds) {
        return Diversity.empty();
    }

    @Override
    public Diversity board() {
        return Diversity.empty();
    }

    @Override
    public Optional<Similar> nearest(String text) {
        return Optional.empty();
    }

    @Override
    public double duplicateThreshold() {
        return 0.8;
    }

    @Override
    public void addListener(Runnable changed) {
    }

    @Override
    public void removeListener(Runnable changed) {
    }

    /** Stops measuring (what is measured is stored). */
    @Override
    public void close() {
    }
}
