package org.offpiste.board;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The idea's image prompts (Visualize): per generator the prompt, selectable, with Copy and a short "Copied". */
final class VisualPromptsPane extends VBox {
    private final IdeaDetailsViewModel viewModel;
    private final Messages messages;

    VisualPromptsPane(IdeaDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = viewModel.insights().messages();
        setId("board-editor-prompts");
        getStyleClass().add(BoardStyles.EDITOR_SECTION);
        setSpacing(8);
        viewModel.getPrompts().addListener((ListChangeListener<VisualPrompt>) c -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        boolean any = !viewModel.getPrompts().isEmpty();
        setVisible(any);
        setManaged(any);
        if (!any) {
            return;
        }
        Label heading = new Label(messages.get("board.prompts.heading"), new FontIcon("fth-image"));
        heading.getStyleClass().add(BoardStyles.EDITOR_LABEL);
        getChildren().add(heading);
        for (VisualPrompt p : viewModel.getPrompts()) {
            getChildren().add(card(p));
        }
    }

    private VBox card(VisualPrompt p) {
        String id = "board-prompt-" + p.generator().id();
        Label name = new Label(messages.get("board.prompts.generator." + p.generator().id()));
        name.getStyleClass().add(BoardStyles.CARD_TITLE);
        Label copied = new Label(messages.get("board.prompts.copied"), new FontIcon("fth-check"));
        copied.setId(id + "-copied");
        copied.getStyleClass().add(BoardStyles.COPIED);
        copied.visibleProperty().bind(viewModel.copiedProperty().isEqualTo(p.id()));
        copied.setMinWidth(Region.USE_PREF_SIZE);
        Button copy = new Button(messages.get("board.prompts.copy"), new FontIcon("fth-clipboard"));
        copy.setId(id + "-copy");
        copy.getStyleClass().add("small");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setAccessibleText(messages.get("board.prompts.copyFor", name.getText()));
        copy.setOnAction(e -> viewModel.copy(p));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, name, grow, copied, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        TextArea text = new TextArea(IdeaDetailsViewModel.clipboardText(p));
        text.setId(id + "-text");
        text.getStyleClass().add(BoardStyles.PROMPT_TEXT);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(5, 1 + text.getText().length() / 60));
        VBox card = new VBox(6, top, text);
        card.getStyleClass().add(BoardStyles.PROMPT_CARD);
        return card;
    }
}
