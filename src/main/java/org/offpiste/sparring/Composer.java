package org.offpiste.sparring;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.offpiste.ideation.Tactic;

/**
 * What the person is about to send: the text, the mode, the technique (Diverge), the board's
 * selected ideas, the diversity tactics (Diverge), and the message being edited (Edit &amp; resend), if any.
 */
public final class Composer {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DIVERGE);
    private final ObjectProperty<String> techniqueId = new SimpleObjectProperty<>(this, "techniqueId");
    private final ObservableList<Long> selectedIdeas = FXCollections.observableArrayList();
    private final ObservableSet<Tactic> tactics = FXCollections.observableSet(EnumSet.copyOf(Tactic.defaults()));
    private final ReadOnlyObjectWrapper<MessageItem> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private final BooleanBinding needsIdeas;
    private final BooleanBinding ready;

    Composer() {
        needsIdeas = Bindings.createBooleanBinding(
                () -> mode.get() != null && mode.get().usesSelectedIdeas() && selectedIdeas.isEmpty()
                        && editing.get() == null, mode, selectedIdeas, editing);
        ready = Bindings.createBooleanBinding(() -> {
            if (editing.get() != null) {
                return !text.get().isBlank();
            }
            return mode.get() != null && !needsIdeas.get() && (mode.get() != Mode.REFINE || !text.get().isBlank());
        }, text, mode, needsIdeas, editing);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The technique for Diverge (its id), or null for the model's own choice. */
    public ObjectProperty<String> techniqueIdProperty() {
        return techniqueId;
    }

    /** The ids of the ideas selected on the board (kept in step with the board by the window). */
    public ObservableList<Long> selectedIdeas() {
        return selectedIdeas;
    }

    /** The diversity tactics a Diverge round asks for (the defaults until the project says otherwise). */
    public ObservableSet<Tactic> tactics() {
        return tactics;
    }

    /** The person's message being edited, or null. */
    public ReadOnlyObjectProperty<MessageItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** True when the mode works on selected ideas and none is selected. */
    public BooleanBinding needsIdeasBinding() {
        return needsIdeas;
    }

    /** True when what is written can be sent (an exchange may still be running). */
    public BooleanBinding readyBinding() {
        return ready;
    }

    /** The turn to send now. */
    public Turn turn() {
        return turn(false);
    }

    /** The turn to send now; {@code pushFurther} makes a Diverge round leave the board's crowded themes. */
    public Turn turn(boolean pushFurther) {
        Mode m = mode.get();
        boolean diverge = m == Mode.DIVERGE;
        return new Turn(text.get().strip(), m, m.usesTechnique() ? techniqueId.get() : null,
                m.usesSelectedIdeas() ? List.copyOf(selectedIdeas) : List.of(),
                diverge ? Set.copyOf(tactics) : Set.of(),
                diverge && pushFurther);
    }

    void edit(MessageItem question) {
        editing.set(question);
        text.set(question == null ? "" : question.getText());
    }

    void clear() {
        editing.set(null);
        text.set("");
    }
}
