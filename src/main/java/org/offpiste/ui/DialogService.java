package org.offpiste.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs behind an interface, so ViewModels can ask for a file or show an error without a
 * screen in tests. The window's implementation is {@code FxDialogService}. Texts are already
 * localised by the caller.
 */
public interface DialogService {

    /** Asks for an existing file; {@code extensions} like "*.md". */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions);

    /** Asks where to save; {@code initialName} like "brief.md". */
    Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription, String... extensions);

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks for one line of text, starting from {@code initial}; empty if the person cancelled. */
    Optional<String> askText(String title, String message, String initial);

    /** True if the person confirmed. */
    boolean confirm(String title, String message);
}
