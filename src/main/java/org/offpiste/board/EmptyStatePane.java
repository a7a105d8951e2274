package org.offpiste.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A friendly centre for a board with nothing to show: an icon, a line, a hint, maybe an action. */
final class EmptyStatePane extends VBox {
    EmptyStatePane(String id, String icon, String title, String text, Button action) {
        super(10);
        setId(id);
        getStyleClass().add(BoardStyles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add(BoardStyles.EMPTY_ICON);
        Label t = new Label(title);
        t.getStyleClass().add(BoardStyles.EMPTY_TITLE);
        t.setWrapText(true);
        getChildren().addAll(glyph, t);
        if (text != null) {
            Label l = new Label(text);
            l.getStyleClass().add(BoardStyles.EMPTY_TEXT);
            l.setWrapText(true);
            getChildren().add(l);
        }
        if (action != null) {
            getChildren().add(action);
        }
    }
}
