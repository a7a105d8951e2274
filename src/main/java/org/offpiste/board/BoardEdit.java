package org.offpiste.board;

import java.util.List;

/** One undoable board action: what it did, and how to revert or re-apply it. */
public final class BoardEdit {
    /** The kinds of action, for menu labels ("Undo delete"). */
    public enum Kind { ADD, EDIT, DELETE, MERGE }

    private final Kind kind;
    private final List<Idea> before;
    private final List<Idea> after;
    private final Object draft;

    private BoardEdit(Kind kind, List<Idea> before, List<Idea> after, Object draft) {
        this.kind = kind;
        this.before = before;
        this.after = after;
        this.draft = draft;
    }

    static BoardEdit added(List<Idea> ideas) {
        return new BoardEdit(Kind.ADD, List.of(), List.copyOf(ideas), null);
    }

    static BoardEdit edited(Idea before, Idea after) {
        return edited(before, after, null);
    }

    /** An edit made through an editor's draft: later writes of the same draft amend it. */
    static BoardEdit edited(Idea before, Idea after, Object draft) {
        return new BoardEdit(Kind.EDIT, List.of(before), List.of(after), draft);
    }

    static BoardEdit deleted(Idea before) {
        return new BoardEdit(Kind.DELETE, List.of(before), List.of(), null);
    }

    /** Two ideas made one: {@code kept} became {@code merged}, {@code dropped} was deleted. */
    static BoardEdit merged(Idea kept, Idea dropped, Idea merged) {
        return new BoardEdit(Kind.MERGE, List.of(kept, dropped), List.of(merged), null);
    }

    public Kind kind() {
        return kind;
    }

    boolean isDraft(Object token, long id) {
        return draft != null && draft == token && before.get(0).id() == id;
    }

    /** The idea before the edit (EDIT and DELETE). */
    Idea before() {
        return before.get(0);
    }

    void revert(IdeaStore store) {
        switch (kind) {
            case ADD -> after.forEach(i -> store.delete(i.id()));
            case EDIT -> store.update(before.get(0));
            case DELETE -> store.undelete(before.get(0).id());
            case MERGE -> {
                store.undelete(before.get(1).id());
                store.update(before.get(0));
            }
            default -> throw new IllegalStateException();
        }
    }

    void apply(IdeaStore store) {
        switch (kind) {
            case ADD -> after.forEach(i -> store.undelete(i.id()));
            case EDIT -> store.update(after.get(0));
            case DELETE -> store.delete(before.get(0).id());
            case MERGE -> {
                store.update(after.get(0));
                store.delete(before.get(1).id());
            }
            default -> throw new IllegalStateException();
        }
    }
}
