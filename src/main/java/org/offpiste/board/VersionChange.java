package org.offpiste.board;

/**
 * What an edit does to the idea's versions, written in the same transaction as the idea
 * ({@link IdeaStore#updateIfUnchanged}): nothing, a new version (made of the idea as written; a null
 * parent means the idea's newest version), a version of the same editing session rewritten with the
 * idea as written, or that version removed (a session typed back to where it started).
 */
public record VersionChange(Op op, NewVersion added, long versionId) {
    /** The four changes. */
    public enum Op { NONE, ADD, AMEND, REMOVE }

    public static VersionChange none() {
        return new VersionChange(Op.NONE, null, 0);
    }

    public static VersionChange add(NewVersion version) {
        return new VersionChange(Op.ADD, version, 0);
    }

    public static VersionChange amend(long versionId) {
        return new VersionChange(Op.AMEND, null, versionId);
    }

    public static VersionChange remove(long versionId) {
        return new VersionChange(Op.REMOVE, null, versionId);
    }
}
