package org.offpiste.board;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.ui.TaskExecutor;

/**
 * The board's detail editor: which idea is open, and its drafts. Saves what the editor holds while it is typed, at most {@link #DELAY} after a change,
 * so a crash loses only the last moments of typing. Save keeps the draft and closes; Cancel
 * puts the idea back as it was when the editor opened. All through {@link BoardService#saveDraft},
 * so one editing session is one step of undo.
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
    private final ReadOnlyObjectWrapper<IdeaEditorViewModel> editor = new ReadOnlyObjectWrapper<>(this, "editor");

    IdeaEditing(BoardService service, TaskExecutor executor, Consumer<Throwable> failed) {
        this.service = service;
        this.executor = executor;
        this.failed = failed;
    }

    ReadOnlyObjectProperty<IdeaEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    /** Opens the editor on {@code idea}; {@code saved} runs once Save has written it. */
    void open(Idea idea, boolean readOnly, Function<String, List<String>> suggestions, Consumer<Idea> saved) {
        begin();
        editor.set(new IdeaEditorViewModel(idea, readOnly, suggestions,
                changes -> finish(changes, written -> {
                    close();
                    saved.accept(written);
                }), this::cancel, this::changed));
    }

    /** Closes the editor; what it wrote as drafts is kept. */
    void close() {
        editor.set(null);
    }

    /** Cancel: the idea goes back to what it was when the editor opened. */
    private void cancel() {
        IdeaEditorViewModel open = editor.get();
        if (open != null) {
            discard(open.original());
        }
        close();
    }

    /** A new editor opened. */
    private void begin() {
        stopTimer();
        token = new Object();
        written = false;
        pending = null;
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
        executor.run(() -> write(t, changes), done, failed);
    }

    /** Puts back {@code original} if a draft of it was already written. */
    private void discard(Idea original) {
        stopTimer();
        Object t = token;
        token = null;
        pending = null;
        if (t != null && written) {
            executor.run(() -> write(t, new IdeaEditorViewModel.Changes(original.id(), original.title(),
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
            executor.run(() -> write(t, c), idea -> { }, failed);
        }
    }

    private Idea write(Object t, IdeaEditorViewModel.Changes c) {
        return service.saveDraft(t, c.id(), c.title(), c.body(), c.tags(), c.status());
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
