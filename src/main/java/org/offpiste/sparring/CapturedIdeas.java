package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.capture.Capture;
import org.offpiste.novelty.Diversity;

/**
 * What an answer gave the board: the ideas captured from it (live while it streams, read back
 * from the project once it ended), the round's diversity once the meter measured it, and, for a
 * Visualize answer, where its image prompts were kept. Changed on the UI thread only.
 */
public final class CapturedIdeas {
    /** The image prompts of a Visualize answer, kept on {@code title} (and on {@code ideas - 1} other ideas). */
    public record VisualNote(long ideaId, String title, int prompts, int ideas) {
    }

    private final ObservableList<Capture> items = FXCollections.observableArrayList();
    private final ObservableList<Capture> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<Diversity> diversity = new ReadOnlyObjectWrapper<>(this, "diversity");
    private final ReadOnlyObjectWrapper<VisualNote> visual = new ReadOnlyObjectWrapper<>(this, "visual");
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");

    /** The captured ideas, in the order they were recognised (then those added by hand). */
    public ObservableList<Capture> items() {
        return readOnlyItems;
    }

    /** The round's diversity, or null until measured (or when fewer than two ideas are on the board). */
    public ReadOnlyObjectProperty<Diversity> diversityProperty() {
        return diversity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisualNote> visualProperty() {
        return visual.getReadOnlyProperty();
    }

    /** True when the list of captured ideas is unfolded under the answer. */
    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public long onBoard() {
        return items.stream().filter(Capture::onBoard).count();
    }

    public long duplicates() {
        return items.stream().filter(c -> !c.onBoard() && c.duplicateOf() != null).count();
    }

    /** The board ideas this answer became, in order. */
    public List<Long> ideaIds() {
        return items.stream().filter(Capture::onBoard).map(Capture::ideaId).toList();
    }

    /** Adds captures (or updates those already known, by id) in one change. */
    void add(List<Capture> captures) {
        List<Capture> merged = new ArrayList<>(items);
        for (Capture c : captures) {
            int at = indexOf(merged, c.id());
            if (at >= 0) {
                merged.set(at, c);
            } else {
                merged.add(c);
            }
        }
        if (!merged.equals(items)) {
            items.setAll(merged);
        }
    }

    /** What the project keeps for this answer (after it ended, or at reopening). */
    void setAll(List<Capture> stored) {
        List<Capture> merged = new ArrayList<>(stored);
        for (Capture c : items) {
            if (indexOf(merged, c.id()) < 0) {
                merged.add(c); // recorded live but not read back yet
            }
        }
        if (!merged.equals(items)) {
            items.setAll(merged);
        }
    }

    void diversity(Diversity value) {
        diversity.set(value);
    }

    void visual(VisualNote note) {
        visual.set(note);
    }

    private static int indexOf(List<Capture> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (Objects.equals(list.get(i).id(), id)) {
                return i;
            }
        }
        return -1;
    }
}
