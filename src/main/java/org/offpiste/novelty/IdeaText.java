package org.offpiste.novelty;

/**
 * The text of a live idea as the novelty meter sees it, with the hash of the text its stored
 * vector was made from (null when it has none).
 */
public record IdeaText(long id, String title, String body, String embeddedHash) {
}
