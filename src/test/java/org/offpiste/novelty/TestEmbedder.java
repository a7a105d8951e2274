package org.offpiste.novelty;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The real all-MiniLM-L6-v2 (quantized) model, called directly; counts the texts it embeds. */
final class TestEmbedder implements Embedder {
    static final String MODEL = "all-minilm-l6-v2-q";
    private static AllMiniLmL6V2QuantizedEmbeddingModel shared;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;
    private final AtomicInteger embedded = new AtomicInteger();

    TestEmbedder() {
        this.model = loadModel();
    }

    /** One model for the whole test run: loading it takes a second. */
    private static synchronized AllMiniLmL6V2QuantizedEmbeddingModel loadModel() {
        if (shared == null) {
            shared = new AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return shared;
    }

    int embedded() {
        return embedded.get();
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[][] embed(List<String> texts) {
        embedded.addAndGet(texts.size());
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        float[][] out = new float[texts.size()][];
        var all = model.embedAll(segments).content();
        for (int i = 0; i < out.length; i++) {
            out[i] = Vectors.unit(all.get(i).vector());
        }
        return out;
    }
}
