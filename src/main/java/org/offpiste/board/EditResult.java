package org.offpiste.board;

/**
 * What became of an edit based on a state of the idea: written ({@code conflict} null; {@code idea}
 * is the idea as written), or refused because someone else changed the idea meanwhile ({@code idea}
 * is the idea as they left it, still current; the text refused is kept as a version).
 */
public record EditResult(Idea idea, Conflict conflict) {
    /**
     * Two texts of one idea: {@code theirs}, current (null when the idea has no version), and
     * {@code mine}, kept as a {@link VersionKind#CONFLICTED} version. {@code by} names who made theirs
     * ("" when unknown).
     */
    public record Conflict(String by, IdeaVersion theirs, IdeaVersion mine) {
    }

    static EditResult written(Idea idea) {
        return new EditResult(idea, null);
    }

    public boolean conflicted() {
        return conflict != null;
    }
}
