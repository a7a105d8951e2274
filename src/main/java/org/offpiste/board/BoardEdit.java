package org.offpiste.board;

import java.util.List;

/**
 * One undoable board action: what it did to ideas and to their versions, and how to revert or
 * re-apply it. Undo removes the versions the action made; redo puts them back as they were.
 */
public final class BoardEdit {
    /** The kinds of action, for menu labels ("Undo delete"). */
    public enum Kind { ADD, EDIT, DELETE, MERGE }

    private final Kind kind;
    private final List<Idea> before;
    private final List<Idea> after;
    private final Object draft;
    private final List<IdeaVersion> made;

    private BoardEdit(Kind kind, List<Idea> before, List<Idea> after, Object draft, List<IdeaVersion> made) {
        this.kind = kind;
        this.before = before;
        this.after = after;
        this.draft = draft;
        this.made = made;
    }

    static BoardEdit added(List<Idea> ideas) {
        return new BoardEdit(Kind.ADD, List.of(), List.copyOf(ideas), null, List.of());
    }

    static BoardEdit edited(Idea before, Idea after) {
        return edited(before, after, null);
    }

    /** An edit made through an editor's draft: later writes of the same draft amend it. */
    static BoardEdit edited(Idea before, Idea after, Object draft) {
        return new BoardEdit(Kind.EDIT, List.of(before), List.of(after), draft, List.of());
    }

    /** Several ideas edited as one action (their status set at once): {@code before} and {@code after} pair up. */
    static BoardEdit editedAll(List<Idea> before, List<Idea> after) {
        return new BoardEdit(Kind.EDIT, List.copyOf(before), List.copyOf(after), null, List.of());
    }

    static BoardEdit deleted(Idea before) {
        return new BoardEdit(Kind.DELETE, List.of(before), List.of(), null, List.of());
    }

    /** Two ideas made one: {@code kept} became {@code merged}, {@code dropped} was deleted and merged into it. */
    static BoardEdit merged(Idea kept, Idea dropped, Idea merged) {
        return new BoardEdit(Kind.MERGE, List.of(kept, dropped), List.of(merged), null, List.of());
    }

    /** This action with the version it made (none when null). */
    BoardEdit made(IdeaVersion version) {
        return version == null ? this : new BoardEdit(kind, before, after, draft, List.of(version));
    }

    public Kind kind() {
        return kind;
    }

    boolean isDraft(Object token, long id) {
        return draft != null && draft == token && before.get(0).id() == id;
    }

    /**
     * The ideas as this action left them, that undo would write back over (an edit's, a merge's kept
     * idea); none for an added or deleted idea, which undo deletes or brings back.
     */
    List<Idea> undoneOver() {
        return kind == Kind.EDIT || kind == Kind.MERGE ? after : List.of();
    }

    /** The ideas as they were before this action, that redo would write over (an edit's, a merge's kept idea). */
    List<Idea> redoneOver() {
        return kind == Kind.EDIT ? before : kind == Kind.MERGE ? before.subList(0, 1) : List.of();
    }

    /** The ideas this action changed. */
    List<Long> ideaIds() {
        return java.util.stream.Stream.concat(before.stream(), after.stream()).map(Idea::id).distinct().toList();
    }

    /** The idea before the edit (EDIT of one idea, and DELETE). */
    Idea before() {
        return before.get(0);
    }

    /** The version this action made; null when it made none. */
    IdeaVersion version() {
        return made.isEmpty() ? null : made.get(0);
    }

    /** Each step can be run again: an undo the store refused half-way is simply retried. */
    void revert(IdeaStore store, VersionStore versions) {
        switch (kind) {
            case ADD -> after.forEach(i -> store.delete(i.id()));
            case EDIT -> before.forEach(store::update);
            case DELETE -> store.undelete(before.get(0).id());
            case MERGE -> {
                store.undelete(before.get(1).id());
                store.update(before.get(0));
                versions.setMergedInto(before.get(1).id(), null);
            }
            default -> throw new IllegalStateException();
        }
        made.forEach(v -> versions.remove(v.id()));
    }

    void apply(IdeaStore store, VersionStore versions) {
        made.forEach(versions::put);
        switch (kind) {
            case ADD -> after.forEach(i -> store.undelete(i.id()));
            case EDIT -> after.forEach(store::update);
            case DELETE -> store.delete(before.get(0).id());
            case MERGE -> {
                store.update(after.get(0));
                store.delete(before.get(1).id());
                versions.setMergedInto(before.get(1).id(), after.get(0).id());
            }
            default -> throw new IllegalStateException();
        }
    }
}
