package org.offpiste.sparring;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ui.TaskExecutor;

/**
 * The techniques for Diverge as the composer lists them, in the interface language; they follow
 * the person's edits of their own techniques (the library calls from any thread).
 */
final class TechniqueItems {
    private final TechniqueLibrary library;
    private final TaskExecutor executor;
    private final ObservableList<TechniqueItem> items = FXCollections.observableArrayList();
    private final Runnable changed = this::changed;
    private Locale locale = Locale.ENGLISH;
    private boolean disposed;

    TechniqueItems(TechniqueLibrary library, TaskExecutor executor) {
        this.library = library;
        this.executor = executor;
        rebuild(locale);
        library.addListener(changed);
    }

    ObservableList<TechniqueItem> items() {
        return items;
    }

    void rebuild(Locale value) {
        locale = value;
        items.setAll(library.techniques().stream()
                .map(t -> new TechniqueItem(t.id(), t.icon(), t.name().in(locale), t.summary().in(locale))).toList());
    }

    void dispose() {
        disposed = true;
        library.removeListener(changed);
    }

    private void changed() {
        executor.onUi(() -> {
            if (!disposed) {
                rebuild(locale);
            }
        });
    }
}
