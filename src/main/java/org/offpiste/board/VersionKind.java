package org.offpiste.board;

import java.util.Locale;

/** How a version of an idea came to be. */
public enum VersionKind {
    /** The idea's first version: typed, imported, pasted or captured from an answer. */
    CREATED,
    /** Edited by a person (one editing session is one version). */
    EDITED,
    /** Rewritten by a model on an instruction ("make it cheaper"). */
    REFINED,
    /** An earlier version brought back. */
    RESTORED,
    /** Another idea merged into this one. */
    MERGED,
    /** The first version of an idea forked from a version of another. */
    FORKED,
    /**
     * A person's text that was not written because someone else had changed the idea meanwhile: kept,
     * not current (Restore makes it current). Its parent is the version it conflicted with: the other
     * person's text, current when this one was refused.
     */
    CONFLICTED;

    /** The word kept in the project file and in exports ("edited"). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionKind fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
