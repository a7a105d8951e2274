package org.offpiste.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ui.TaskExecutor;

/**
 * The versions of one idea, newest first, with those of the ideas merged into it: the one
 * selected is shown, and can be restored onto the idea or forked into a new idea. Read again
 * whenever the board changes.
 */
public final class VersionsViewModel {
    private final FollowedIdea idea;
    private final long ideaId;
    private final BoardService service;
    private final BoardViewModel board;
    private final TaskExecutor executor;
    private final boolean readOnly;
    private final ObservableList<IdeaVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<IdeaVersion> versionsShown = FXCollections.unmodifiableObservableList(versions);
    private final ObjectProperty<IdeaVersion> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper editedByPerson = new ReadOnlyBooleanWrapper(this, "editedByPerson");
    private final ReadOnlyBooleanWrapper canRestore = new ReadOnlyBooleanWrapper(this, "canRestore");
    private final ReadOnlyBooleanWrapper canFork = new ReadOnlyBooleanWrapper(this, "canFork");

    VersionsViewModel(long ideaId, BoardService service, BoardViewModel board, TaskExecutor executor,
                      boolean readOnly) {
        this.ideaId = ideaId;
        this.service = service;
        this.board = board;
        this.executor = executor;
        this.readOnly = readOnly;
        this.idea = new FollowedIdea(ideaId, service, executor, readOnly);
        canFork.bind(Bindings.createBooleanBinding(() -> !readOnly && selected.get() != null, selected));
        canRestore.bind(Bindings.createBooleanBinding(() -> !readOnly && selected.get() != null
                && !selected.get().equals(head()), selected, versions));
        idea.follow(this::load);
    }

    /** Newest first. */
    public ObservableList<IdeaVersion> getVersions() {
        return versionsShown;
    }

    /** The version shown in full (its title, body and tags); null for none. */
    public ObjectProperty<IdeaVersion> selectedProperty() {
        return selected;
    }

    /** True for an idea a model made that a person has changed since. */
    public ReadOnlyBooleanProperty editedByPersonProperty() {
        return editedByPerson.getReadOnlyProperty();
    }

    /** False for the idea's current version (it is what the idea holds) and in a read-only project. */
    public ReadOnlyBooleanProperty canRestoreProperty() {
        return canRestore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canForkProperty() {
        return canFork.getReadOnlyProperty();
    }

    /** The message key of what went wrong; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return idea.problem();
    }

    /** True for a version of another idea, merged into this one. */
    public boolean isMergedIn(IdeaVersion version) {
        return idea.isMergedIn(version.ideaId());
    }

    /**
     * True for a text refused because someone else had changed the idea ({@link VersionKind#CONFLICTED}),
     * and for the version it conflicted with: the two texts of a conflict, shown marked.
     */
    public boolean isInConflict(IdeaVersion version) {
        return version.kind() == VersionKind.CONFLICTED || refusedOver(version).isPresent();
    }

    /** For a conflicting version: the version it conflicted with (current when it was refused). */
    public Optional<IdeaVersion> conflictedWith(IdeaVersion conflicting) {
        Long parent = conflicting.parentId();
        return parent == null ? Optional.empty() : versions.stream().filter(v -> v.id() == parent).findFirst();
    }

    /** The newest conflicting version refused over this one, if any. */
    public Optional<IdeaVersion> refusedOver(IdeaVersion version) {
        return versions.stream().filter(v -> v.kind() == VersionKind.CONFLICTED && Long.valueOf(version.id())
                .equals(v.parentId())).findFirst();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    // Commands

    /** Puts the selected version's content back on the idea (or, for a merged-in idea's, on this one). */
    public void restore() {
        IdeaVersion v = selected.get();
        if (!canRestore.get() || v == null) {
            return;
        }
        board.flushEditor(); // what the editor still holds is written first, then replaced
        executor.run(() -> service.restore(v.id()), idea -> board.openEditor(idea.id()), this::failed);
    }

    /** Makes a new idea of the selected version and opens it. */
    public void fork() {
        IdeaVersion v = selected.get();
        if (!canFork.get() || v == null) {
            return;
        }
        board.flushEditor();
        executor.run(() -> service.fork(v.id()), idea -> {
            board.openEditor(idea.id());
            board.reveal(idea.id());
        }, this::failed);
    }

    /** Stops following the board (the editor closed). */
    public void dispose() {
        idea.dispose();
    }

    void load() {
        VersionStore store = service.versions();
        idea.read(() -> store.history(ideaId), this::loaded, "Could not read the idea's versions", "board.versions.error.load");
    }

    private void loaded(List<IdeaVersion> oldestFirst) {
        List<IdeaVersion> own = oldestFirst.stream().filter(v -> v.ideaId() == ideaId).toList();
        editedByPerson.set(!own.isEmpty() && own.get(0).byModel() && own.stream().skip(1).anyMatch(v -> !v.byModel()));
        List<IdeaVersion> newest = new ArrayList<>(oldestFirst);
        Collections.reverse(newest);
        Long kept = selected.get() == null ? null : selected.get().id();
        versions.setAll(newest);
        selected.set(kept == null ? null : newest.stream().filter(v -> v.id() == kept).findFirst().orElse(null));
    }

    /** The idea's own newest version, not a text refused in a conflict: what it holds now. */
    private IdeaVersion head() {
        return versions.stream().filter(v -> v.ideaId() == ideaId && v.kind() != VersionKind.CONFLICTED).max(java.util.Comparator.comparingLong(IdeaVersion::id))
                .orElse(null);
    }

    private void failed(Throwable error) {
        idea.failed("Could not restore or fork the version", error,
                error instanceof IllegalArgumentException ? "board.error.gone" : "board.versions.error.save");
    }
}
