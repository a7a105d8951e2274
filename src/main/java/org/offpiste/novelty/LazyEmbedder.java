package org.offpiste.novelty;

import java.util.Optional;
import java.util.function.Supplier;

/** Loads the embedding model once, on first use, whichever thread asks first; never throws. */
final class LazyEmbedder {
    private final Supplier<Optional<Embedder>> loader;
    private Optional<Embedder> embedder;

    LazyEmbedder(Supplier<Optional<Embedder>> loader) {
        this.loader = loader;
    }

    synchronized Optional<Embedder> get() {
        if (embedder == null) {
            try {
                embedder = loader.get();
            } catch (RuntimeException | LinkageError e) {
                embedder = Optional.empty();
            }
        }
        return embedder;
    }

    /** True once loading was tried and failed. */
    synchronized boolean failed() {
        return embedder != null && embedder.isEmpty();
    }
}
