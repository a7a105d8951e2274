package org.offpiste.board;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The board's keys while the list has the focus: Enter opens the selected idea, Delete (or
 * Backspace) deletes it, 1–4 move it to Inbox, Shortlist, Parked, Rejected. Shortcut+Z is the
 * window's (Edit › Undo); it is not handled here.
 */
final class BoardKeys {
    private BoardKeys() {
    }

    static KeyCode statusKey(IdeaStatus status) {
        return switch (status) {
            case INBOX -> KeyCode.DIGIT1;
            case SHORTLIST -> KeyCode.DIGIT2;
            case PARKED -> KeyCode.DIGIT3;
            case REJECTED -> KeyCode.DIGIT4;
        };
    }

    static void install(ListView<Long> list, BoardViewModel viewModel) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Long id = list.getSelectionModel().getSelectedItem();
            if (id == null || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openEditor(id);
                e.consume();
                return;
            }
            if (viewModel.isReadOnly()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.delete(id);
                e.consume();
                return;
            }
            for (IdeaStatus s : IdeaStatus.values()) {
                if (e.getCode() == statusKey(s) || e.getCode() == numpad(s)) {
                    viewModel.setStatus(id, s);
                    e.consume();
                }
            }
        });
    }

    private static KeyCode numpad(IdeaStatus status) {
        return KeyCode.getKeyCode("Numpad " + (status.ordinal() + 1));
    }
}
