package org.offpiste.novelty;

import java.util.List;
import java.util.Optional;

/** all-MiniLM-L6-v2 (quantized) through langchain4j, in-process. (Being written by the novelty work stream.) */
public final class MiniLmEmbedder implements Embedder {

    /** Loads the model, or empty when it cannot run on this machine (no native tokenizer, say). Slow: off the FX thread. */
    public static Optional<Embedder> load() {
        return Optional.empty();
    }

    @Override
    public String model() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public int dimension() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public float[][] embed(List<String> texts) {
        throw new UnsupportedOperationException("not yet");
    }
}
