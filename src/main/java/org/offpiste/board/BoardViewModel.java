package org.offpiste.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.offpiste.ui.TaskExecutor;

/**
 * The board pane's state and commands. Every store call runs through the {@link TaskExecutor};
 * the board re-queries when the service reports a change, with at most one query in flight
 * (a change during a query asks for one more, and only the latest answer is shown).
 */
public final class BoardViewModel {
    private static final Logger LOG = Logger.getLogger(BoardViewModel.class.getName());

    private final BoardService service;
    private final TaskExecutor executor;
    private final boolean readOnly;
    private final Runnable changeListener;
    private final BoardRowsViewModel.IdList ids = new BoardRowsViewModel.IdList();
    private final BoardRowsViewModel cache;
    private final IdeaEditing editing;
    private final BoardHistoryViewModel history;
    private final LatestQuery<BoardSnapshot.Rows> query;
    private final LatestQuery<BoardSnapshot.Facets> facets;
    private int version;
    private int tagsVersion = -1;
    private String facetsKey;
    private boolean disposed;
    private Long revealAfterQuery;

    // Properties: the query
    private final BoardFilter filter;
    private final StringProperty quickAddText = new SimpleStringProperty(this, "quickAddText", "");

    // Properties: what the board shows
    private final ReadOnlyObjectWrapper<BoardScreenState> screenState = new ReadOnlyObjectWrapper<>(this, "screenState", BoardScreenState.LOADING);
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyObjectWrapper<Map<IdeaStatus, Integer>> statusCounts = new ReadOnlyObjectWrapper<>(this, "statusCounts", Map.of());
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ReadOnlyObjectWrapper<Idea> lastDeleted = new ReadOnlyObjectWrapper<>(this, "lastDeleted");
    private final ReadOnlyObjectWrapper<Long> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper canQuickAdd = new ReadOnlyBooleanWrapper(this, "canQuickAdd");
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();

    public BoardViewModel(BoardService service, TaskExecutor executor, boolean readOnly) {
        this.service = service;
        this.executor = executor;
        this.readOnly = readOnly;
        this.cache = new BoardRowsViewModel(service.store(), executor, ids);
        this.history = new BoardHistoryViewModel(service, readOnly);
        this.query = new LatestQuery<>(executor, this::rowsQuery, this::answered, this::queryFailed);
        this.editing = new IdeaEditing(service, executor, this::failed);
        this.facets = new LatestQuery<>(executor, this::facetsQuery, this::facetsAnswered, this::queryFailed);
        this.changeListener = () -> executor.onUi(this::boardChanged);
        canQuickAdd.bind(Bindings.createBooleanBinding(() -> !readOnly && !quickAddText.get().isBlank(), quickAddText));
        this.filter = new BoardFilter(executor, this::requery);
        filtered.bind(filter.narrowed());
        service.addChangeListener(changeListener);
        requery();
    }

    // Properties: the query

    /** Full-text search; the board re-queries {@link BoardFilter#SEARCH_DELAY} after the last keystroke. */
    public StringProperty searchTextProperty() {
        return filter.searchText();
    }

    /** The status shown, or null for all. */
    public ObjectProperty<IdeaStatus> statusFilterProperty() {
        return filter.status();
    }

    /** Ideas must carry every one of these tags. */
    public ObservableSet<String> getTagFilter() {
        return filter.tags();
    }

    public ObjectProperty<IdeaSort> sortProperty() {
        return filter.sort();
    }

    public StringProperty quickAddTextProperty() {
        return quickAddText;
    }

    // Properties: what the board shows

    /** The matching ideas' ids, in order; rows read their idea from {@link #getPageCache()}. */
    public ObservableList<Long> getIds() {
        return ids;
    }

    /** The ideas selected in the list (the sparring pane's Challenge, Build on, Refine, Visualize work on them). */
    public ObservableList<Long> selectedIds() {
        return selectedIds;
    }

    public BoardRowsViewModel getPageCache() {
        return cache;
    }

    public ReadOnlyObjectProperty<BoardScreenState> screenStateProperty() {
        return screenState.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Ideas per status for the current search and tags (status filter ignored). */
    public ReadOnlyObjectProperty<Map<IdeaStatus, Integer>> statusCountsProperty() {
        return statusCounts.getReadOnlyProperty();
    }

    /** Tags in use, most used first. */
    public ObservableList<TagCount> getTags() {
        return FXCollections.unmodifiableObservableList(tags);
    }

    /** True when a search, status or tag narrows the board. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** The idea just deleted (for "Idea deleted — Undo"), null once something else happened. */
    public ReadOnlyObjectProperty<Idea> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** Id of an idea to select and scroll to (the one just added or edited). */
    public ReadOnlyObjectProperty<Long> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** The open detail editor, or null. */
    public ReadOnlyObjectProperty<IdeaEditorViewModel> editorProperty() {
        return editing.editorProperty();
    }

    /** Message key of the last failure ("board.error.save"), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty canQuickAddProperty() {
        return canQuickAdd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndo();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedo();
    }

    /** What Undo would revert, for the menu ("Undo delete"); null when nothing. */
    public ReadOnlyObjectProperty<BoardEdit.Kind> undoKindProperty() {
        return history.undoKind();
    }

    public ReadOnlyObjectProperty<BoardEdit.Kind> redoKindProperty() {
        return history.redoKind();
    }

    // Commands

    /** Adds the quick-add text as a new idea in the Inbox. */
    public void quickAdd() {
        if (!canQuickAdd.get()) {
            return;
        }
        String typed = quickAddText.get();
        String title = typed.strip();
        quickAddText.set("");
        lastDeleted.set(null);
        executor.run(() -> service.add(title, "", List.of(), IdeaStatus.INBOX), idea -> reveal(idea.id()), error -> {
            // Not saved: give the person their words back (unless they have typed something new).
            if (quickAddText.get().isEmpty()) {
                quickAddText.set(typed);
            }
            failed(error);
        });
    }

    public void setStatus(long id, IdeaStatus status) {
        if (!readOnly) {
            act(() -> service.setStatus(id, status), idea -> { });
        }
    }

    public void delete(long id) {
        if (!readOnly) {
            act(() -> {
                Optional<Idea> before = service.store().find(id);
                service.delete(id);
                return before.orElse(null);
            }, lastDeleted::set);
        }
    }

    public void undo() {
        act(() -> {
            service.undo();
            return Boolean.TRUE;
        }, done -> { });
    }

    public void redo() {
        act(() -> {
            service.redo();
            return Boolean.TRUE;
        }, done -> { });
    }

    /** "Paste ideas…": what it adds lands in the Inbox, and the board shows it. */
    public PasteIdeasViewModel pasteIdeas() {
        return new PasteIdeasViewModel(service, executor, this);
    }

    /** Opens the detail editor on an idea (read-only in a read-only project). */
    public void openEditor(long id) {
        executor.run(() -> service.store().find(id), found -> found.ifPresent(idea -> editing.open(idea, readOnly,
                typed -> TagSuggestions.matching(tags, typed), this::editorSaved)), this::failed);
    }

    /** Writes what the open editor still holds now, before an action replaces the idea under it. */
    public void flushEditor() {
        editing.writeNow();
    }

    /** Closes the editor; what it wrote as drafts is kept. */
    public void closeEditor() {
        editing.close();
    }

    private void editorSaved(Idea idea) {
        lastDeleted.set(null); // a newer action than the delete: its Undo bar goes
        reveal(idea.id());
    }

    /** Shows only ideas with this tag as well (clicking a tag on a card). */
    public void filterByTag(String tag) {
        filter.tags().add(tag);
    }

    public void toggleTagFilter(String tag) {
        filter.toggleTag(tag);
    }

    public void clearFilters() {
        filter.clear();
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public void dismissLastDeleted() {
        lastDeleted.set(null);
    }

    /** Stops listening to the service (the project is closing). */
    public void dispose() {
        editing.flush();
        editing.dispose();
        disposed = true;
        service.removeChangeListener(changeListener);
        filter.cancelPending();
    }

    // Internals

    private <T> void act(Callable<T> work, Consumer<T> done) {
        lastDeleted.set(null);
        executor.run(work, done, this::failed);
    }

    private void failed(Throwable error) {
        LOG.log(Level.WARNING, "Board action failed", error);
        problem.set(error instanceof IllegalArgumentException ? "board.error.gone"
                : error instanceof ConflictingUndoException ? "conflict.undo" : "board.error.save");
    }

    /** Selects the idea and scrolls to it (at once, or once the board shows it). */
    public void reveal(long id) {
        revealAfterQuery = id;
        if (!query.isRunning() && ids.indexOfId(id) >= 0) {
            revealNow();
        }
    }

    private void revealNow() {
        revealed.set(null);
        revealed.set(revealAfterQuery);
        revealAfterQuery = null;
    }

    private void boardChanged() {
        if (disposed) {
            return;
        }
        version++;
        cache.invalidate();
        history.refresh();
        requery();
    }

    private void requery() {
        if (disposed) {
            return;
        }
        query.request();
        IdeaQuery q = filter.query();
        String key = q.text() + '\u0000' + q.tags() + '\u0000' + version;
        if (!key.equals(facetsKey)) {
            facetsKey = key;
            facets.request();
        }
    }

    private Callable<BoardSnapshot.Rows> rowsQuery() {
        IdeaQuery q = filter.query().withViewer(service.author());
        IdeaStore store = service.store();
        return () -> BoardSnapshot.Rows.load(store, q);
    }

    /** Counts ignore status and sort, and the tags change only with the board: asked for only then. */
    private Callable<BoardSnapshot.Facets> facetsQuery() {
        IdeaQuery q = filter.query().withViewer(service.author());
        IdeaStore store = service.store();
        boolean withTags = tagsVersion != version;
        int v = version;
        return () -> BoardSnapshot.Facets.load(store, q, withTags, v);
    }

    private void answered(BoardSnapshot.Rows s) {
        ids.replace(s.ids());
        matchCount.set(s.ids().length);
        totalCount.set(s.total());
        screenState.set(s.total() == 0 ? BoardScreenState.EMPTY
                : s.ids().length == 0 ? BoardScreenState.NO_MATCH : BoardScreenState.READY);
        if (revealAfterQuery != null) {
            revealNow();
        }
    }

    private void facetsAnswered(BoardSnapshot.Facets f) {
        statusCounts.set(f.statusCounts());
        if (f.tags() != null) {
            tags.setAll(f.tags());
            tagsVersion = f.version();
        }
    }

    private void queryFailed(Throwable error) {
        LOG.log(Level.WARNING, "Board query failed", error);
        problem.set("board.error.load");
    }
}
