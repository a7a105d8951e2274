package org.offpiste.facilitate;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.BaseStyles;

/** The agenda editor in a window of its own, beside the main window. */
public final class AgendaEditorWindow {
    private final Stage stage = new Stage();

    public AgendaEditorWindow(Window owner, AgendaEditorViewModel vm, Messages m) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(m.get("workshop.editor.title"));
        Scene scene = new Scene(new AgendaEditorView(vm, m, stage::close), 1180, 640);
        scene.getStylesheets().add(BaseStyles.URL);
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(460);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }
}
