package org.offpiste.novelty;

import java.util.List;

/** Turns texts into unit-length sentence vectors, in-process and offline. Thread-safe. */
public interface Embedder {

    /** The model's name, stored beside each vector ("all-minilm-l6-v2-q"). */
    String model();

    int dimension();

    /** One unit-length vector per text, in order. Slow (milliseconds a text): never on the FX thread. */
    float[][] embed(List<String> texts);
}
