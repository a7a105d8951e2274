package org.offpiste.novelty;

/** One idea of the banal baseline, with its vector (of {@code model}). */
public record BaselineItem(int index, String title, String body, String model, float[] vector) {
}
