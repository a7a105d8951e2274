package org.offpiste.facilitate;

/**
 * One round of the running agenda as the facilitator's list shows it.
 *
 * @param position 1-based
 */
public record RoundRow(int position, String name, String options, String length, boolean current, boolean done) {
}
