package org.offpiste.board;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.offpiste.ui.TaskExecutor;

/** (Being written by the board work stream.) */
public final class BoardViewModel {
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public BoardViewModel(BoardService service, TaskExecutor executor, boolean readOnly) {
    }

    public void undo() {
    }

    public void redo() {
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Stops listening to the service (the project is closing). */
    public void dispose() {
    }
}
