package org.offpiste.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offpiste.board.IdeaEditorViewModel;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefViewModel;

/** What the panes of an open project hold that the board may not have yet, as {@link PendingEdits}. */
final class PendingCapture {
    private PendingCapture() {
    }

    static PendingEdits of(String board, OpenProject p) {
        return new PendingEdits(board, idea(p.board().editorProperty().get()), newIdea(p.board().quickAddTextProperty().get()),
                brief(p.brief()));
    }

    /** The open editor's text, when it changed the idea (it may not have reached the board). */
    private static PendingEdits.IdeaText idea(IdeaEditorViewModel editor) {
        if (editor == null || editor.isReadOnly() || !editor.modifiedProperty().get()
                || editor.titleProperty().get().isBlank()) {
            return null;
        }
        return new PendingEdits.IdeaText(editor.getId(), editor.titleProperty().get(), editor.bodyProperty().get(),
                List.copyOf(editor.getTags()), editor.statusProperty().get().name(), editor.getUpdatedAt().toString());
    }

    private static String newIdea(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }

    /** The brief's fields, when the form holds edits not saved yet. */
    private static Map<String, String> brief(BriefViewModel brief) {
        if (brief.readOnlyProperty().get() || !brief.loadedProperty().get()
                || brief.saveStateProperty().get() == BriefViewModel.SaveState.SAVED) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (BriefField f : BriefField.values()) {
            fields.put(f.key(), brief.fieldProperty(f).get());
        }
        return fields;
    }
}
