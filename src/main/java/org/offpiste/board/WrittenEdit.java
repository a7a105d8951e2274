package org.offpiste.board;

/** An idea as an optimistic write left it, and the version that write added or amended (null for none). */
public record WrittenEdit(Idea idea, IdeaVersion version) {
}
