package org.offpiste.ranking;

/** A closed round's result for one candidate: its dots and how many participants gave it any. */
public record VoteTally(long ideaId, int dots, int voters) {
}
