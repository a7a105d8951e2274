package org.offpiste.board;

/** A tag and how many live ideas carry it. */
public record TagCount(String tag, int count) {
}
