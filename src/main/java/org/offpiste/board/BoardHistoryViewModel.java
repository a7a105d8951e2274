package org.offpiste.board;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** What Undo and Redo can do, as properties for the Edit menu; refreshed after each change. */
final class BoardHistoryViewModel {
    private final BoardService service;
    private final boolean readOnly;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyObjectWrapper<BoardEdit.Kind> undoKind = new ReadOnlyObjectWrapper<>(this, "undoKind");
    private final ReadOnlyObjectWrapper<BoardEdit.Kind> redoKind = new ReadOnlyObjectWrapper<>(this, "redoKind");

    BoardHistoryViewModel(BoardService service, boolean readOnly) {
        this.service = service;
        this.readOnly = readOnly;
        refresh();
    }

    /** Reads the service's history (in memory, cheap). Call on the UI thread. */
    void refresh() {
        canUndo.set(!readOnly && service.canUndo());
        canRedo.set(!readOnly && service.canRedo());
        undoKind.set(readOnly ? null : service.undoKind().orElse(null));
        redoKind.set(readOnly ? null : service.redoKind().orElse(null));
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BoardEdit.Kind> undoKind() {
        return undoKind.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<BoardEdit.Kind> redoKind() {
        return redoKind.getReadOnlyProperty();
    }
}
