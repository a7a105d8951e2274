package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.offpiste.ui.DialogService;

/** A DialogService for tests: answers file questions from a queue and records every message. */
final class RecordingDialogs implements DialogService {
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<String> texts = new ArrayDeque<>();
    final List<String> confirms = new ArrayList<>();
    boolean confirmAnswer = true;
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    private final DialogService messagesTo;

    RecordingDialogs() {
        this(null);
    }

    /** Chosen files come from the queue; errors and infos also go to {@code messagesTo} (the real dialogs). */
    RecordingDialogs(DialogService messagesTo) {
        this.messagesTo = messagesTo;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String filterDescription,
                                           String... extensions) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        if (messagesTo != null) {
            messagesTo.showError(title, message);
        }
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
        if (messagesTo != null) {
            messagesTo.showInfo(title, message);
        }
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public boolean confirm(String title, String message) {
        confirms.add(message);
        return confirmAnswer;
    }
}
