package org.offpiste.ideation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.offpiste.ui.DialogService;

/** Answers file choosers and confirmations from fields and records the messages shown. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    Path nextFile;
    boolean confirm = true;

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(nextFile);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
            String... extensions) {
        return Optional.ofNullable(nextFile);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirm;
    }
}
