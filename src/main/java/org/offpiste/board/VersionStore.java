package org.offpiste.board;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lineage of ideas. Implemented in the store package; every call is one transaction.
 * {@link IdeaStore#add} and {@link IdeaStore#addAll} record each new idea's first version
 * ({@link VersionKind#CREATED}, made by its author) in their own transaction; the capture store
 * marks it as made by the model when it records where the idea came from.
 */
public interface VersionStore {

    /**
     * The versions of an idea, oldest first, with those of every idea merged into it (directly or
     * through another merge), which keep their own {@link IdeaVersion#ideaId()}.
     */
    List<IdeaVersion> history(long ideaId);

    /** The idea's own newest version. */
    Optional<IdeaVersion> head(long ideaId);

    Optional<IdeaVersion> find(long versionId);

    /**
     * What the idea holds: its own newest version that is not a text refused in a conflict
     * ({@link VersionKind#CONFLICTED}, kept beside the idea's line, never on it).
     */
    default Optional<IdeaVersion> current(long ideaId) {
        return history(ideaId).stream().filter(v -> v.ideaId() == ideaId && v.kind() != VersionKind.CONFLICTED)
                .max(java.util.Comparator.comparingLong(IdeaVersion::id));
    }

    IdeaVersion add(long ideaId, NewVersion version);

    /** Rewrites a version's snapshot and time (one editing session stays one version). */
    IdeaVersion amend(long versionId, String title, String body, List<String> tags);

    /**
     * Puts back a version {@link #remove removed} earlier, as it was (same id and time): the redo of
     * the action that made it. Links to versions gone since are dropped.
     */
    IdeaVersion put(IdeaVersion version);

    /** Forgets a version (its undo); versions made from it lose their parent link. */
    void remove(long versionId);

    /**
     * The idea whose history shows this idea's versions: the idea itself, or the idea it was merged
     * into, followed through every merge.
     */
    long keeper(long ideaId);

    /**
     * Among {@code ideaIds}, the ideas a model made (their first version is a model's) that a person
     * has changed since (a later version of their own made by a person).
     */
    Set<Long> editedByPerson(Collection<Long> ideaIds);

    /** Records that {@code dropId} was merged into {@code keepId}, or with null, that it no longer is (undo). */
    void setMergedInto(long dropId, Long keepId);
}
