package org.offpiste.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where ideas are kept. Implemented in the store package; every mutating call is one
 * transaction, written through to the project file before it returns. Deleted ideas are
 * kept (so a delete can be undone) until {@link #purgeDeleted()}; queries never return them.
 */
public interface IdeaStore {

    Idea add(NewIdea idea);

    /** Adds many ideas in one transaction (imports). Returns them in input order. */
    List<Idea> addAll(List<NewIdea> ideas);

    /** Replaces title, body, tags and status of an existing idea; sets updatedAt to now. */
    Idea update(Idea idea);

    /**
     * The optimistic write of an edit: replaces title, body, tags and status only if the idea is still
     * as it was at {@code base} (its {@link Idea#updatedAt()}), and makes {@code change} to its versions
     * in the same transaction. The idea's new updatedAt is later than {@code base}, even when this
     * machine's clock is behind the one that wrote it. Empty, with nothing written, when the idea has
     * changed since {@code base} (someone else wrote it).
     *
     * @throws IllegalArgumentException when there is no such idea
     */
    Optional<WrittenEdit> updateIfUnchanged(Idea idea, Instant base, VersionChange change);

    void delete(long id);

    /** Brings back an idea removed by {@link #delete(long)}, with its id, tags and times. */
    Idea undelete(long id);

    Optional<Idea> find(long id);

    /** The ideas with these ids, in the order of {@code ids}; missing or deleted ones are skipped. */
    List<Idea> findAll(List<Long> ids);

    /** Ids of the ideas matching {@code query}, in its order. Answered by an indexed query. */
    long[] queryIds(IdeaQuery query);

    /** The ideas matching {@code query}, in its order (exports, the command line). */
    List<Idea> query(IdeaQuery query);

    /** Counts per status of the ideas matching the query's text and tags (statuses ignored). */
    Map<IdeaStatus, Integer> countByStatus(IdeaQuery query);

    /** All tags in use, most used first. */
    List<TagCount> tags();

    int count();

    /**
     * How many ideas {@code viewer} sees: in an unrevealed silent workshop round, others' sealed ideas do not
     * count (null: every idea, as {@link #count()}).
     */
    default int count(String viewer) {
        return count();
    }

    /**
     * Forgets deleted ideas for good (called when the project closes), except those merged into an idea
     * that stays and the candidates of a vote round (their dots are part of the round's results).
     */
    void purgeDeleted();

    /** The versions of these ideas, kept with them (the same project). */
    VersionStore versions();

    /** The comments on these ideas, kept with them (the same project). */
    CommentStore comments();
}
