package org.offpiste.sparring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offpiste.ui.DialogService;

/** Dialogs that answer from a script and remember what they were asked. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    String nextText;
    boolean confirm = true;

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription, String... extensions) {
        return Optional.empty();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(nextText);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title);
        return confirm;
    }
}
