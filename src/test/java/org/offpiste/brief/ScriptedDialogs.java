package org.offpiste.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offpiste.ui.DialogService;

/** A dialog service that answers from a script and records what it was asked to show. */
final class ScriptedDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    Path nextFile;

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(nextFile);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription, String... extensions) {
        return Optional.ofNullable(nextFile);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public java.util.Optional<String> askText(String title, String message, String initial) {
        return java.util.Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message) {
        return true;
    }
}
