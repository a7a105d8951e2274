package org.offpiste.board;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ui.BaseStyles;

/** "Paste ideas…": a text area, the ideas found in it as they are read, and "Add N ideas". */
final class PasteIdeasDialog extends Dialog<Void> {
    static final String STYLE_CLASS = "paste-ideas";

    PasteIdeasDialog(Window owner, PasteIdeasViewModel vm, Messages m) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("refine.paste.title"));
        setResizable(true);
        getDialogPane().setId("paste-ideas");
        getDialogPane().getStyleClass().addAll("offpiste-dialog", STYLE_CLASS);
        getDialogPane().getStylesheets().addAll(BaseStyles.URL,
                PasteIdeasDialog.class.getResource("paste-ideas.css").toExternalForm());

        Label hint = new Label(m.get("refine.paste.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("paste-hint");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextArea text = new TextArea();
        text.setId("paste-text");
        text.setPromptText(m.get("refine.paste.prompt"));
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.textProperty());

        ListView<ExtractedIdea> preview = new ListView<>(vm.getFound());
        preview.setId("paste-preview");
        preview.getStyleClass().add("paste-preview");
        preview.setCellFactory(l -> new FoundCell());
        Label found = new Label();
        found.setId("paste-found");
        found.getStyleClass().add("paste-found");
        found.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("refine.paste.found", vm.getFound().size()), vm.getFound()));
        Label problem = new Label();
        problem.getStyleClass().add("paste-problem");
        problem.textProperty().bind(vm.problemProperty().map(m::get));
        VBox right = new VBox(6, found, preview, problem);
        VBox.setVgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        SplitPane split = new SplitPane(text, right);
        split.setDividerPositions(0.55);
        VBox content = new VBox(10, hint, split);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        getDialogPane().setContent(content);

        ButtonType add = new ButtonType(m.get("refine.paste.add", 0), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(add,
                new ButtonType(m.get("refine.paste.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button addButton = (Button) getDialogPane().lookupButton(add);
        addButton.setId("paste-add");
        addButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(addButton, false); // its text grows with the count
        addButton.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("refine.paste.add", vm.getFound().size()), vm.getFound()));
        addButton.disableProperty().bind(vm.canAddProperty().not());
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the ideas are on the board
            vm.add();
        });
        vm.doneProperty().subscribe(done -> {
            if (done) {
                close();
            }
        });
        setOnShown(e -> text.requestFocus());
    }

    /** One idea found: its title in bold, the start of its text under it. */
    private static final class FoundCell extends ListCell<ExtractedIdea> {
        @Override
        protected void updateItem(ExtractedIdea item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("paste-idea-title");
            VBox box = new VBox(2, title);
            if (!item.body().isBlank()) {
                Label body = new Label(item.body().lines().findFirst().orElse(""));
                body.getStyleClass().add("paste-idea-body");
                box.getChildren().add(body);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
