package org.offpiste.sparring;

import java.util.List;
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

/**
 * What the person is about to send: the text, the mode, the technique (Diverge), the board's
 * selected ideas, and the message being edited (Edit &amp; resend), if any.
 */
public final class Composer {
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DIVERGE);
    private final ObjectProperty<String> techniqueId = new SimpleObjectProperty<>(this, "techniqueId");
    private final ObservableList<Long> selectedIdeas = FXCollections.observableArrayList();
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
        Mode m = mode.get();
        return new Turn(text.get().strip(), m, m.usesTechnique() ? techniqueId.get() : null,
                m.usesSelectedIdeas() ? List.copyOf(selectedIdeas) : List.of());
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
