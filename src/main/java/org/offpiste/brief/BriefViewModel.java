package org.offpiste.brief;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.ui.TaskExecutor;

/** (Being written by the brief work stream.) */
public final class BriefViewModel {
    /** Where the continuous save stands; the window's status bar shows it. */
    public enum SaveState { SAVED, SAVING, FAILED }

    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);

    public BriefViewModel(BriefService service, TaskExecutor executor, boolean readOnly) {
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Writes any pending change now, on the calling thread (the window is closing). */
    public void flush() {
    }

    public void dispose() {
    }
}
