package org.offpiste.board;

import javafx.css.PseudoClass;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** A short non-modal message at the bottom of the board, with an optional action; hides itself. */
final class SnackbarPane extends HBox {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final Label text = new Label();
    private final Button action = new Button();
    private final PauseTransition timer = new PauseTransition(Duration.seconds(8));
    private Runnable onHide = () -> { };

    SnackbarPane(String closeText) {
        super(10);
        getStyleClass().add(BoardStyles.SNACKBAR);
        setAlignment(Pos.CENTER_LEFT);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        text.getStyleClass().add(BoardStyles.SNACKBAR_TEXT);
        text.setWrapText(true);
        action.getStyleClass().add("flat");
        action.setId("board-snackbar-action");
        Button close = new Button(null, new FontIcon("fth-x"));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setAccessibleText(closeText);
        close.setOnAction(e -> hide());
        getChildren().addAll(new FontIcon("fth-info"), text, action, close);
        timer.setOnFinished(e -> hide());
        setVisible(false);
    }

    /** Shows {@code message}; {@code actionText} null means no action. {@code onHide} runs when it goes. */
    void show(String message, boolean error, String actionText, Runnable onAction, Runnable whenHidden) {
        text.setText(message);
        pseudoClassStateChanged(ERROR, error);
        action.setVisible(actionText != null);
        action.setManaged(actionText != null);
        action.setText(actionText);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        onHide = whenHidden;
        setVisible(true);
        timer.playFromStart();
    }

    void hide() {
        timer.stop();
        if (isVisible()) {
            setVisible(false);
            Runnable r = onHide;
            onHide = () -> { };
            r.run();
        }
    }
}
