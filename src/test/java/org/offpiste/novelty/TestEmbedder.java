package org.offpiste.novelty;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real all-MiniLM-L6-v2 (quantized) model as the application loads it; counts the texts it embeds. */
final class TestEmbedder implements Embedder {
    static final String MODEL = MiniLmEmbedder.MODEL;
    private static Embedder shared;
    private final Embedder model;
    private final AtomicInteger embedded = new AtomicInteger();

    TestEmbedder() {
        this.model = loadModel();
    }

    /** One model for the whole test run: loading it takes a second. */
    private static synchronized Embedder loadModel() {
        if (shared == null) {
            shared = MiniLmEmbedder.load().orElseThrow(() -> new IllegalStateException("no embedding model here"));
        }
        return shared;
    }

    int embedded() {
        return embedded.get();
    }

    @Override
    public String model() {
        return model.model();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
        embedded.addAndGet(texts.size());
        return model.embed(texts);
    }
}
