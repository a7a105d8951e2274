package org.offpiste.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.brief.BriefViewModel.SaveState;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/** The bottom line: where the project file is, whether it is read-only, and whether every change is saved. */
final class StatusPane extends HBox {
    static final String STYLE_CLASS = "status-bar";
    private final Messages messages;
    private final Label path = new Label();
    private final Label readOnly = new Label();
    private final Label save = new Label();
    private final Subscription subscriptions;

    StatusPane(WorkspaceViewModel vm, Messages messages) {
        this.messages = messages;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        path.setId("status-path");
        path.getStyleClass().add("status-path");
        path.setGraphic(Icons.of(Feather.HARD_DRIVE));
        path.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        path.setMinWidth(0);
        readOnly.setId("status-read-only");
        readOnly.getStyleClass().add("status-badge");
        readOnly.setText(messages.get("project.readOnly.badge"));
        readOnly.setGraphic(Icons.of(Feather.LOCK));
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        save.setId("status-save");
        save.getStyleClass().add("status-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(path, Priority.SOMETIMES);
        getChildren().addAll(path, readOnly, spacer, save);

        subscriptions = Subscription.combine(
                vm.projectProperty().subscribe(p -> showProject(vm)),
                vm.busyProperty().subscribe(b -> showProject(vm)),
                vm.saveStateProperty().subscribe(this::showSave));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    private void showProject(WorkspaceViewModel vm) {
        OpenProject p = vm.project().orElse(null);
        if (vm.busyProperty().get()) {
            path.setText(messages.get("workspace.status.opening"));
        } else {
            path.setText(p == null ? messages.get("workspace.status.noProject") : p.path().toString());
        }
        boolean ro = p != null && p.readOnly();
        readOnly.setVisible(ro);
        readOnly.setManaged(ro);
        save.setVisible(p != null);
    }

    private void showSave(SaveState state) {
        SaveState s = state == null ? SaveState.SAVED : state;
        save.getStyleClass().removeAll("saved", "saving", "failed");
        switch (s) {
            case SAVED -> {
                save.setText(messages.get("workspace.save.saved"));
                save.setGraphic(Icons.of(Feather.CHECK_CIRCLE));
                save.getStyleClass().add("saved");
            }
            case SAVING -> {
                save.setText(messages.get("workspace.save.saving"));
                save.setGraphic(Icons.of(Feather.REFRESH_CW));
                save.getStyleClass().add("saving");
            }
            case FAILED -> {
                save.setText(messages.get("workspace.save.failed"));
                save.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
                save.getStyleClass().add("failed");
            }
        }
    }
}
