package org.offpiste.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * The editor's bar when someone else changed the idea while it was edited here: who, that both texts
 * are kept as versions, and "Use mine" / "Keep theirs" under the message (so the message keeps the bar's
 * whole width in a narrow board pane). Shown only while the conflict lasts.
 */
final class ConflictBar extends VBox {
    static final String STYLESHEET = "conflict.css";
    private static final String STYLE = "conflict-bar";
    private static final String MESSAGE = "conflict-message";
    private static final String BUTTONS = "conflict-buttons";

    ConflictBar(IdeaEditorViewModel viewModel, Messages messages) {
        setId("board-editor-conflict");
        getStyleClass().add(STYLE);
        Label message = new Label("", new FontIcon("fth-git-merge"));
        message.setId("board-editor-conflict-message");
        message.getStyleClass().add(MESSAGE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        message.setMinHeight(USE_PREF_SIZE);
        Button mine = new Button(messages.get("conflict.bar.useMine"));
        mine.setId("board-editor-conflict-mine");
        mine.setTooltip(new Tooltip(messages.get("conflict.bar.useMineTip")));
        mine.setOnAction(e -> viewModel.useMine());
        Button theirs = new Button(messages.get("conflict.bar.keepTheirs"));
        theirs.setId("board-editor-conflict-theirs");
        theirs.getStyleClass().add("accent");
        theirs.setTooltip(new Tooltip(messages.get("conflict.bar.keepTheirsTip")));
        theirs.setOnAction(e -> viewModel.keepTheirs());
        mine.setMinWidth(USE_PREF_SIZE);
        theirs.setMinWidth(USE_PREF_SIZE);
        HBox buttons = new HBox(mine, theirs);
        buttons.setId("board-editor-conflict-buttons");
        buttons.getStyleClass().add(BUTTONS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(message, buttons);
        Runnable show = () -> {
            EditResult.Conflict c = viewModel.conflictProperty().get();
            setVisible(c != null);
            setManaged(c != null);
            if (c != null) {
                message.setText(c.by().isBlank() ? messages.get("conflict.bar.messageNoOne")
                        : messages.get("conflict.bar.message", c.by()));
            }
        };
        viewModel.conflictProperty().addListener((o, was, now) -> show.run());
        show.run();
    }
}
