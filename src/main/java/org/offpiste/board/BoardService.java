package org.offpiste.board;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Every board action, each undoable. Thread-safe: called from background threads. Listeners
 * hear about every change (on the thread that made it) so views can re-query.
 */
public final class BoardService {
    private static final int HISTORY = 200;
    private final IdeaStore store;
    private final Supplier<String> author;
    private final Deque<BoardEdit> undo = new ArrayDeque<>();
    private final Deque<BoardEdit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public BoardService(IdeaStore store, Supplier<String> author) {
        this.store = store;
        this.author = author;
    }

    public IdeaStore store() {
        return store;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public Idea add(String title, String body, List<String> tags, IdeaStatus status) {
        Idea idea = store.add(new NewIdea(title.strip(), body.strip(), Tags.normalise(tags), status, author.get()));
        record(BoardEdit.added(List.of(idea)));
        return idea;
    }

    /** Adds many ideas as one undoable action (imports, pasted lists). */
    public List<Idea> addAll(List<NewIdea> ideas) {
        List<Idea> added = store.addAll(ideas);
        record(BoardEdit.added(added));
        return added;
    }

    public Idea edit(long id, String title, String body, List<String> tags, IdeaStatus status) {
        Idea before = require(id);
        Idea after = store.update(before.withContent(title.strip(), body.strip(), Tags.normalise(tags), status));
        record(BoardEdit.edited(before, after));
        return after;
    }

    public Idea setStatus(long id, IdeaStatus status) {
        Idea i = require(id);
        return edit(id, i.title(), i.body(), i.tags(), status);
    }

    public void delete(long id) {
        Idea before = require(id);
        store.delete(id);
        record(BoardEdit.deleted(before));
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, for the menu ("Undo delete"). */
    public synchronized Optional<BoardEdit.Kind> undoKind() {
        return Optional.ofNullable(undo.peek()).map(BoardEdit::kind);
    }

    public synchronized Optional<BoardEdit.Kind> redoKind() {
        return Optional.ofNullable(redo.peek()).map(BoardEdit::kind);
    }

    public void undo() {
        BoardEdit e;
        synchronized (this) {
            e = undo.poll();
            if (e == null) {
                return;
            }
            redo.push(e);
        }
        e.revert(store);
        fire();
    }

    public void redo() {
        BoardEdit e;
        synchronized (this) {
            e = redo.poll();
            if (e == null) {
                return;
            }
            undo.push(e);
        }
        e.apply(store);
        fire();
    }

    private Idea require(long id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("No idea with id " + id));
    }

    private void record(BoardEdit edit) {
        synchronized (this) {
            undo.push(edit);
            redo.clear();
            while (undo.size() > HISTORY) {
                undo.removeLast();
            }
        }
        fire();
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
