package org.offpiste.board;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ui.TaskExecutor;

/**
 * The comments on one idea (with those of the ideas merged into it), oldest first: the person adds
 * one under their name, and deletes one after saying yes to a question in place. Read again
 * whenever the board changes.
 */
public final class CommentsViewModel {
    private static final String SAVE_FAILED = "board.comments.error.save";
    private final FollowedIdea idea;
    private final long ideaId;
    private final BoardService service;
    private final TaskExecutor executor;
    private final boolean readOnly;
    private final ObservableList<IdeaComment> comments = FXCollections.observableArrayList();
    private final ObservableList<IdeaComment> commentsShown = FXCollections.unmodifiableObservableList(comments);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd");
    private final ReadOnlyObjectWrapper<Long> confirming = new ReadOnlyObjectWrapper<>(this, "confirming");

    CommentsViewModel(long ideaId, BoardService service, TaskExecutor executor, boolean readOnly) {
        this.ideaId = ideaId;
        this.service = service;
        this.executor = executor;
        this.readOnly = readOnly;
        this.idea = new FollowedIdea(ideaId, service, executor, readOnly);
        canAdd.bind(Bindings.createBooleanBinding(() -> !readOnly && !text.get().isBlank(), text));
        idea.follow(this::load);
    }

    /** Oldest first. */
    public ObservableList<IdeaComment> getComments() {
        return commentsShown;
    }

    /** What the person is writing. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** The comment whose deletion waits for a yes; null for none. */
    public ReadOnlyObjectProperty<Long> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** The message key of what went wrong; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return idea.problem();
    }

    /** True for a comment written on another idea, merged into this one. */
    public boolean isMergedIn(IdeaComment comment) {
        return idea.isMergedIn(comment.ideaId());
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    // Commands

    /** Adds the comment written, under the name of the person at the keyboard. */
    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String body = text.get().strip();
        CommentStore store = service.store().comments();
        executor.run(() -> store.add(ideaId, service.author(), body), added -> {
            if (text.get().strip().equals(body)) {
                text.set("");
            }
            idea.clearProblem();
            load();
        }, error -> idea.failed("Could not add the comment", error, SAVE_FAILED));
    }

    /** Asks before deleting {@code comment}. */
    public void askDelete(IdeaComment comment) {
        if (!readOnly) {
            confirming.set(comment.id());
        }
    }

    public void cancelDelete() {
        confirming.set(null);
    }

    /** Deletes the comment asked about. */
    public void confirmDelete() {
        Long id = confirming.get();
        confirming.set(null);
        if (id == null || readOnly) {
            return;
        }
        CommentStore store = service.store().comments();
        executor.run(() -> {
            store.delete(id);
            return Boolean.TRUE;
        }, done -> load(), error -> idea.failed("Could not delete the comment", error, SAVE_FAILED));
    }

    /** Stops following the board (the editor closed). */
    public void dispose() {
        idea.dispose();
    }

    void load() {
        CommentStore store = service.store().comments();
        idea.read(() -> store.comments(ideaId), comments::setAll, "Could not read the comments", "board.comments.error.load");
    }
}
