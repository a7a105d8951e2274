package org.offpiste.sparring;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.ideation.TechniqueLibrary;

/** The techniques for Diverge as the composer lists them, in the interface language. */
final class TechniqueItems {
    private final TechniqueLibrary library;
    private final ObservableList<TechniqueItem> items = FXCollections.observableArrayList();

    TechniqueItems(TechniqueLibrary library) {
        this.library = library;
        rebuild(Locale.ENGLISH);
    }

    ObservableList<TechniqueItem> items() {
        return items;
    }

    void rebuild(Locale locale) {
        items.setAll(library.techniques().stream()
                .map(t -> new TechniqueItem(t.id(), t.icon(), t.name().in(locale), t.summary().in(locale))).toList());
    }
}
