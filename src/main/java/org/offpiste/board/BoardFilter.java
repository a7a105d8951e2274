package org.offpiste.board;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.offpiste.ui.TaskExecutor;

/**
 * The query the person sets on the board: search text, status, tags and sort. A change runs
 * {@code changed} at once, or {@link #SEARCH_DELAY} after the last keystroke of a search.
 */
final class BoardFilter {
    static final Duration SEARCH_DELAY = Duration.ofMillis(150);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<IdeaStatus> status = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableSet<String> tags = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<IdeaSort> sort = new SimpleObjectProperty<>(this, "sort", IdeaSort.UPDATED);
    private final BooleanBinding narrowed = Bindings.createBooleanBinding(
            () -> !searchText.get().isBlank() || status.get() != null || !tags.isEmpty(), searchText, status, tags);
    private final TaskExecutor executor;
    private final Runnable changed;
    private TaskExecutor.Cancellable pendingSearch = () -> { };

    BoardFilter(TaskExecutor executor, Runnable changed) {
        this.executor = executor;
        this.changed = changed;
        searchText.addListener((o, a, b) -> searchLater());
        status.addListener((o, a, b) -> changed.run());
        sort.addListener((o, a, b) -> changed.run());
        tags.addListener((SetChangeListener<String>) c -> changed.run());
    }

    StringProperty searchText() {
        return searchText;
    }

    ObjectProperty<IdeaStatus> status() {
        return status;
    }

    ObservableSet<String> tags() {
        return tags;
    }

    ObjectProperty<IdeaSort> sort() {
        return sort;
    }

    /** True when a search, status or tag narrows the board. */
    BooleanBinding narrowed() {
        return narrowed;
    }

    void toggleTag(String tag) {
        if (!tags.remove(tag)) {
            tags.add(tag);
        }
    }

    void clear() {
        searchText.set("");
        status.set(null);
        tags.clear();
    }

    IdeaQuery query() {
        IdeaStatus s = status.get();
        return new IdeaQuery(searchText.get().strip(), Set.copyOf(tags), s == null ? Set.of() : Set.of(s), sort.get());
    }

    /** Stops a search still waiting for its delay. */
    void cancelPending() {
        pendingSearch.cancel();
    }

    private void searchLater() {
        pendingSearch.cancel();
        pendingSearch = executor.onUiLater(SEARCH_DELAY, changed);
    }
}
