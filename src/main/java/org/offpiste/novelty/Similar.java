package org.offpiste.novelty;

/** An idea and its cosine similarity to something. */
public record Similar(long ideaId, double similarity) {
}
