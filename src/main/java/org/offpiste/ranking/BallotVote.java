package org.offpiste.ranking;

/** Dots one participant put on one idea. */
public record BallotVote(long ideaId, int dots) {
}
