package org.offpiste.board;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * Refine with a model, in the idea editor: a "Refine…" menu of presets and a field for the
 * person's own instruction; while the answer arrives, its text and Stop; then what made the new
 * version, with Undo, or why nothing changed. Without a model: why, and the model settings.
 */
final class RefinePane extends VBox {
    static final String STYLE_CLASS = "refine-pane";
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    RefinePane(RefineViewModel vm, Messages messages) {
        setId("refine-pane");
        getStyleClass().addAll(STYLE_CLASS, BoardStyles.EDITOR_SECTION);
        getStylesheets().add(RefinePane.class.getResource("refine.css").toExternalForm());
        setSpacing(6);

        Label heading = new Label(messages.get("refine.heading"), new FontIcon("fth-sliders"));
        heading.getStyleClass().add(BoardStyles.EDITOR_LABEL);
        Label model = new Label();
        model.setId("refine-model");
        model.getStyleClass().add("refine-model");
        model.textProperty().bind(vm.modelProperty().map(m -> m.isEmpty() ? "" : messages.get("refine.model", m)));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(8, 2, heading, model); // the model line goes under the title when narrow
        top.getStyleClass().add("refine-top");
        top.setRowValignment(VPos.BASELINE);
        top.setPrefWrapLength(240);

        MenuButton menu = new MenuButton(messages.get("refine.menu"), new FontIcon("fth-edit-3"));
        menu.setId("refine-menu");
        menu.setTooltip(new Tooltip(messages.get("refine.menu.tooltip")));
        for (RefinePreset p : vm.presets()) {
            MenuItem item = new MenuItem(vm.label(p));
            item.setId("refine-preset-" + p.key());
            item.setOnAction(e -> vm.refine(p));
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(vm.canRefineProperty().not());
        TextField custom = new TextField();
        custom.setId("refine-custom");
        custom.setPromptText(messages.get("refine.custom.prompt")); // short: the example is in the tooltip
        custom.setTooltip(new Tooltip(messages.get("refine.custom.tooltip")));
        custom.textProperty().bindBidirectional(vm.customProperty());
        custom.disableProperty().bind(vm.canRefineProperty().not());
        custom.setOnAction(e -> vm.refineCustom());
        HBox.setHgrow(custom, Priority.ALWAYS);
        Button go = new Button(messages.get("refine.custom.go"));
        go.setId("refine-go");
        go.disableProperty().bind(vm.canRefineCustomProperty().not());
        go.setOnAction(e -> vm.refineCustom());
        menu.setMinWidth(Region.USE_PREF_SIZE);
        go.setMinWidth(Region.USE_PREF_SIZE);
        custom.setMinWidth(0);
        HBox own = new HBox(6, custom, go); // the field takes the row's width: its hint is not clipped
        own.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(6, menu, own);

        getChildren().addAll(top, controls, running(vm, messages), preview(vm), status(vm, messages));
        vm.stateProperty().subscribe(s -> {
            boolean off = s == RefineState.READ_ONLY || s == RefineState.NO_MODEL;
            show(controls, s != RefineState.RUNNING);
            setDisable(s == RefineState.READ_ONLY);
            controls.setDisable(off);
            pseudoClassStateChanged(FAILED, s == RefineState.FAILED);
            pseudoClassStateChanged(DONE, s == RefineState.DONE);
        });
    }

    private static HBox running(RefineViewModel vm, Messages messages) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("refine-progress");
        progress.setMaxSize(18, 18);
        Label what = new Label();
        what.setId("refine-running");
        what.setWrapText(true);
        what.setMinWidth(0);
        what.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button(messages.get("refine.stop"), new FontIcon("fth-square"));
        stop.setId("refine-stop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> vm.stop());
        HBox row = new HBox(8, progress, what, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        vm.stateProperty().subscribe(s -> show(row, s == RefineState.RUNNING));
        return row;
    }

    private static Label preview(RefineViewModel vm) {
        Label text = new Label();
        text.setId("refine-preview");
        text.getStyleClass().add("refine-preview");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.textProperty().map(t -> t.replace("**", ""))); // the bold markers of the asked-for form
        Runnable shown = () -> show(text, vm.stateProperty().get() == RefineState.RUNNING && !vm.textProperty().get().isEmpty());
        vm.stateProperty().subscribe(s -> shown.run());
        vm.textProperty().subscribe(t -> shown.run());
        return text;
    }

    private static VBox status(RefineViewModel vm, Messages messages) {
        Label why = new Label();
        why.setId("refine-message");
        why.getStyleClass().add("refine-message");
        why.setWrapText(true);
        why.textProperty().bind(vm.messageProperty());
        Hyperlink undo = new Hyperlink(messages.get("refine.undo"));
        undo.setId("refine-undo");
        undo.setOnAction(e -> vm.undo());
        show(undo, false);
        vm.undoableProperty().subscribe(u -> show(undo, u));
        Button settings = new Button(messages.get("refine.openSettings"), new FontIcon("fth-cpu"));
        settings.setId("refine-settings");
        settings.setOnAction(e -> vm.openSettings());
        VBox box = new VBox(4, why, new HBox(8, undo, settings));
        vm.stateProperty().subscribe(s -> {
            show(box, s != RefineState.RUNNING && s != RefineState.READY && s != RefineState.READ_ONLY);
            show(settings, s == RefineState.NO_MODEL);
        });
        return box;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
