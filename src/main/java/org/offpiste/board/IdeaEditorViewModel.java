package org.offpiste.board;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail editor of one idea: its fields while they are edited, Save and Cancel. Every
 * change is also handed on as a draft, which the board writes as it is typed.
 */
public final class IdeaEditorViewModel {
    /** What Save hands back to the board. */
    public record Changes(long id, String title, String body, List<String> tags, IdeaStatus status) {
    }

    private final Idea original;
    private final boolean readOnly;
    private final Function<String, List<String>> tagSuggestions;
    private final Consumer<Changes> onSave;
    private final Runnable onClose;
    private final Consumer<Changes> onDraft;

    // Properties
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty body = new SimpleStringProperty(this, "body");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<IdeaStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyObjectWrapper<EditResult.Conflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private Runnable useMine = () -> { };
    private Runnable keepTheirs = () -> { };

    IdeaEditorViewModel(Idea idea, boolean readOnly, Function<String, List<String>> tagSuggestions,
                        Consumer<Changes> onSave, Runnable onClose) {
        this(idea, readOnly, tagSuggestions, onSave, onClose, changes -> { });
    }

    IdeaEditorViewModel(Idea idea, boolean readOnly, Function<String, List<String>> tagSuggestions,
                        Consumer<Changes> onSave, Runnable onClose, Consumer<Changes> onDraft) {
        this.onDraft = onDraft;
        this.original = idea;
        this.readOnly = readOnly;
        this.tagSuggestions = tagSuggestions;
        this.onSave = onSave;
        this.onClose = onClose;
        title.set(idea.title());
        body.set(idea.body());
        tags.setAll(idea.tags());
        status.set(idea.status());
        modified.bind(Bindings.createBooleanBinding(this::differs, title, body, tags, status));
        canSave.bind(modified.and(Bindings.createBooleanBinding(() -> !readOnly && !title.get().isBlank(), title)));
        title.addListener((obs, old, now) -> draft());
        body.addListener((obs, old, now) -> draft());
        status.addListener((obs, old, now) -> draft());
        tags.addListener((javafx.collections.ListChangeListener<String>) c -> draft());
    }

    private Changes changes() {
        return new Changes(original.id(), title.get(), body.get(), List.copyOf(tags), status.get());
    }

    private void draft() {
        if (!readOnly && !title.get().isBlank()) {
            onDraft.accept(changes());
        }
    }

    /** The idea as it was when the editor opened. */
    Idea original() {
        return original;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObservableList<String> getTags() {
        return tags;
    }

    public ObjectProperty<IdeaStatus> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /**
     * Set when someone else changed this idea while it was edited here: their text is the idea's, this
     * editor's is kept as a version; null otherwise. "Use mine" and "Keep theirs" settle it.
     */
    public ReadOnlyObjectProperty<EditResult.Conflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public long getId() {
        return original.id();
    }

    public String getAuthor() {
        return original.author();
    }

    public Instant getCreatedAt() {
        return original.createdAt();
    }

    public Instant getUpdatedAt() {
        return original.updatedAt();
    }

    // Commands

    /** Adds a tag typed by the person ("#Ski " becomes "Ski"); false if blank or already there. */
    public boolean addTag(String raw) {
        String tag = Tags.normalise(raw);
        if (readOnly || tag.isEmpty() || tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag))) {
            return false;
        }
        tags.add(tag);
        return true;
    }

    public void removeTag(String tag) {
        if (!readOnly) {
            tags.remove(tag);
        }
    }

    /** Backspace in an empty tag field. */
    public void removeLastTag() {
        if (!readOnly && !tags.isEmpty()) {
            tags.remove(tags.size() - 1);
        }
    }

    /** Tags in use on the board that start with (or contain) {@code typed}, not yet on this idea. */
    public List<String> suggestTags(String typed) {
        String t = Tags.normalise(typed).toLowerCase(Locale.ROOT);
        return tagSuggestions.apply(t).stream()
                .filter(s -> tags.stream().noneMatch(s::equalsIgnoreCase))
                .toList();
    }

    public void save() {
        if (canSave.get()) {
            onSave.accept(changes());
        }
    }

    public void cancel() {
        onClose.run();
    }

    /** Makes this editor's text the idea's again (a new version on top of theirs); the editor shows it. */
    public void useMine() {
        if (conflict.get() != null) {
            useMine.run();
        }
    }

    /** Leaves the other person's text the idea's: the editor shows it (this editor's text stays a version). */
    public void keepTheirs() {
        if (conflict.get() != null) {
            keepTheirs.run();
        }
    }

    /** The editing session was refused: someone else's text is the idea's. */
    void conflicted(EditResult.Conflict c) {
        conflict.set(c);
    }

    /** What "Use mine" and "Keep theirs" do (given by the editing session). */
    void onConflict(Runnable mine, Runnable theirs) {
        this.useMine = mine;
        this.keepTheirs = theirs;
    }

    private boolean differs() {
        return !original.title().equals(title.get()) || !original.body().equals(body.get())
                || !Tags.normalise(original.tags()).equals(Tags.normalise(tags)) || original.status() != status.get();
    }
}
