package org.offpiste.app;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the window. (Being written by the workspace work stream.) */
public final class Gui {
    private final AppContext context;

    public Gui(AppContext context) {
        this.context = context;
    }

    /** Starts JavaFX and shows the window on {@code project} (or the last project, or a new one); returns at once. */
    public void open(Optional<Path> project) {
        throw new UnsupportedOperationException("window not written yet " + context + project);
    }
}
