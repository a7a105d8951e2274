package org.offpiste.facilitate;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.BaseStyles;

/** The facilitator's panel in a window of its own (it can go on a second screen); one per main window. */
public final class WorkshopWindow {
    private final Stage stage = new Stage();
    private final WorkshopPanel panel;

    public WorkshopWindow(Window owner, WorkshopViewModel vm, Messages m, Runnable openEditor) {
        panel = new WorkshopPanel(vm, m, openEditor);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(m.get("workshop.panel.title"));
        Scene scene = new Scene(panel, 1100, 640);
        scene.getStylesheets().add(BaseStyles.URL);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.showingProperty().subscribe(showing -> vm.setFacilitating(showing));
        stage.setOnHidden(e -> panel.dispose());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }
}
