package org.offpiste.board;

import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * Tags as chips with a text field after them: Enter or comma adds the typed tag, Backspace in
 * the empty field removes the last chip; suggestions come from the tags already on the board.
 */
final class TagEditor extends FlowPane {
    private static final PseudoClass FOCUS_WITHIN = PseudoClass.getPseudoClass("within");
    private final IdeaEditorViewModel viewModel;
    private final Messages messages;
    private final TextField input = new TextField();

    TagEditor(IdeaEditorViewModel viewModel, Messages messages) {
        super(6, 6);
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add(BoardStyles.TAG_FIELD);
        setAlignment(Pos.CENTER_LEFT);
        input.setId("board-editor-tags");
        input.getStyleClass().add(BoardStyles.TAG_FIELD_INPUT);
        input.setPromptText(messages.get("board.editor.tags.prompt"));
        input.setPrefColumnCount(10);
        input.setEditable(!viewModel.isReadOnly());
        input.setVisible(!viewModel.isReadOnly());
        input.setManaged(!viewModel.isReadOnly());
        input.focusedProperty().addListener((o, a, f) -> pseudoClassStateChanged(FOCUS_WITHIN, f));
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(input,
                request -> viewModel.suggestTags(request.getUserText()));
        completion.setOnAutoCompleted(e -> {
            viewModel.addTag(e.getCompletion());
            input.clear();
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty()) {
                viewModel.removeLastTag();
                e.consume();
            }
        });
        input.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (",".equals(e.getCharacter()) || ";".equals(e.getCharacter())) {
                commit();
                e.consume();
            }
        });
        input.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                commit();
            }
        });
        setOnMouseClicked(e -> input.requestFocus());
        viewModel.getTags().addListener((ListChangeListener<String>) c -> showChips());
        showChips();
    }

    TextField input() {
        return input;
    }

    private void commit() {
        if (!input.getText().isBlank()) {
            viewModel.addTag(input.getText());
        }
        input.clear();
    }

    private void showChips() {
        getChildren().clear();
        for (String tag : viewModel.getTags()) {
            if (viewModel.isReadOnly()) {
                Label chip = new Label(tag);
                chip.getStyleClass().add(BoardStyles.TAG_CHIP);
                getChildren().add(chip);
                continue;
            }
            Button chip = new Button(tag, new FontIcon("fth-x"));
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().addAll(BoardStyles.TAG_CHIP, BoardStyles.TAG_REMOVE);
            chip.setFocusTraversable(false);
            chip.setAccessibleText(messages.get("board.editor.tags.remove", tag));
            chip.setOnAction(e -> viewModel.removeTag(tag));
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
