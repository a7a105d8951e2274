package org.offpiste.board;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.ui.TaskExecutor;

/**
 * The board's detail editor: which idea is open, and its drafts. Saves what the editor holds while it is typed, at most {@link #DELAY} after a change,
 * so a crash loses only the last moments of typing. Save keeps the draft and closes; Cancel
 * puts the idea back as it was when the editor opened. All through {@link BoardService#saveDraft},
 * so one editing session is one step of undo. Each write says which state of the idea it is based on
 * (moved on by each write of its own); when someone else changed the idea meanwhile, the editor shows
 * the conflict, and its later writes keep amending the one version its text is kept as.
 */
final class IdeaEditing {
    static final Duration DELAY = Duration.ofMillis(400);
    private final BoardService service;
    private final TaskExecutor executor;
    private final Consumer<Throwable> failed;
    private Object token;
    private boolean written;
    private IdeaEditorViewModel.Changes pending;
    private TaskExecutor.Cancellable timer;
    private Idea base;
    private boolean readOnly;
    private Function<String, List<String>> suggestions;
    private Consumer<Idea> saved;
    private final ReadOnlyObjectWrapper<IdeaEditorViewModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");

    private final Runnable boardChanged = this::boardChanged;

    IdeaEditing(BoardService service, TaskExecutor executor, Consumer<Throwable> failed) {
        this.service = service;
        this.executor = executor;
        this.failed = failed;
        service.addChangeListener(boardChanged);
    }

    /** Stops following the board (the project is closing). */
    void dispose() {
        service.removeChangeListener(boardChanged);
    }

    /** On any thread: the board changed, perhaps the open idea by someone else. */
    private void boardChanged() {
        executor.onUi(this::checkBase);
    }

    /**
     * When someone else changed the open idea: with text typed here still to write, it is written now,
     * and so meets the conflict at once (the bar shows); with nothing to write, the editor follows the
     * idea and shows their text.
     */
    private void checkBase() {
        IdeaEditorViewModel open = editor.get();
        if (open == null || open.isReadOnly() || token == null || open.conflictProperty().get() != null) {
            return;
        }
        Idea b = base;
        executor.run(() -> service.changedElsewhereSince(b), changed -> changed.ifPresent(now -> {
            if (editor.get() != open || token == null || open.conflictProperty().get() != null || base != b) {
                return;
            }
            if (pending != null) {
                writeNow();
            } else {
                open(now, readOnly, suggestions, saved);
            }
        }), failed);
    }

    ReadOnlyObjectProperty<IdeaEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** Opens the editor on {@code idea}; {@code saved} runs once Save has written it. */
    void open(Idea idea, boolean readOnly, Function<String, List<String>> suggestions, Consumer<Idea> saved) {
        begin(idea);
        this.readOnly = readOnly;
        this.suggestions = suggestions;
        this.saved = saved;
        IdeaEditorViewModel vm = new IdeaEditorViewModel(idea, readOnly, suggestions,
                changes -> finish(changes, written -> {
                    close();
                    saved.accept(written);
                }), this::cancel, this::changed);
        vm.onConflict(() -> settle(vm, true), () -> settle(vm, false));
        editor.set(vm);
    }

    /** Closes the editor; what it wrote as drafts is kept. */
    void close() {
        editor.set(null);
    }

    /** Cancel: the idea goes back to what it was when the editor opened. */
    private void cancel() {
        IdeaEditorViewModel open = editor.get();
        if (open != null && open.conflictProperty().get() == null) {
            discard(open.original());
        }
        stopTimer();
        token = null;
        pending = null;
        close();
    }

    /** A new editor opened. */
    private void begin(Idea idea) {
        stopTimer();
        token = new Object();
        written = false;
        pending = null;
        base = idea;
    }

    /**
     * Ends a conflict: "Use mine" makes the version this editor's text is kept as the idea's again,
     * "Keep theirs" leaves the idea as it is; either way the editor opens again on the idea as it is then.
     */
    private void settle(IdeaEditorViewModel open, boolean mine) {
        EditResult.Conflict c = open.conflictProperty().get();
        if (editor.get() != open || c == null) {
            return;
        }
        writeNow(); // what is still pending joins the version kept (on the same queue, so first)
        token = null;
        long id = open.getId();
        long version = c.mine().id();
        executor.run(() -> mine ? Optional.of(service.restore(version)) : service.store().find(id), found -> {
            if (editor.get() == open) {
                found.ifPresentOrElse(idea -> open(idea, readOnly, suggestions, saved), this::close);
            }
        }, failed);
    }

    /** A write came back: the editor's base moves on, or it shows the conflict. */
    private void settled(IdeaEditorViewModel open, Object t, EditResult result) {
        if (result.conflicted()) {
            if (open != null && editor.get() == open) {
                open.conflicted(result.conflict());
            }
        } else if (t == token) {
            base = result.idea();
        }
    }

    /** The editor's fields changed. */
    private void changed(IdeaEditorViewModel.Changes changes) {
        if (token == null) {
            return;
        }
        pending = changes;
        if (timer == null) {
            timer = executor.onUiLater(DELAY, this::writePending);
        }
    }

    /** Save: writes the editor's content now, then {@code done} with the saved idea. */
    private void finish(IdeaEditorViewModel.Changes changes, Consumer<Idea> done) {
        stopTimer();
        Object t = token;
        token = null;
        pending = null;
        IdeaEditorViewModel open = editor.get();
        Idea b = base;
        executor.run(() -> write(t, b, changes), result -> {
            if (!result.conflicted()) {
                done.accept(result.idea());
            } else if (editor.get() == open) {
                token = t; // refused: the editor stays open on the conflict
                settled(open, t, result);
            }
        }, failed);
    }

    /** Puts back {@code original} if a draft of it was already written. */
    private void discard(Idea original) {
        stopTimer();
        Object t = token;
        token = null;
        pending = null;
        Idea b = base;
        if (t != null && written) {
            executor.run(() -> write(t, b, new IdeaEditorViewModel.Changes(original.id(), original.title(),
                    original.body(), original.tags(), original.status())), idea -> { }, failed);
        }
    }

    /** Writes what is pending now (on the same queue, so before any action queued after); the editor stays open. */
    void writeNow() {
        stopTimer();
        writePending();
    }

    /** The project is closing: write what is pending (before the close, on the same queue). */
    void flush() {
        stopTimer();
        writePending();
        token = null;
    }

    private void writePending() {
        timer = null;
        IdeaEditorViewModel.Changes c = pending;
        Object t = token;
        pending = null;
        if (c != null && t != null) {
            written = true;
            IdeaEditorViewModel open = editor.get();
            Idea b = base;
            executor.run(() -> write(t, b, c), result -> settled(open, t, result), failed);
        }
    }

    private EditResult write(Object t, Idea b, IdeaEditorViewModel.Changes c) {
        return service.saveDraft(t, b, c.title(), c.body(), c.tags(), c.status());
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
