package org.offpiste.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** A theme's header in the grouped board: its name, how many ideas it has here, and Rename (inline). */
final class ThemeHeader extends HBox {
    private final ThemesViewModel themes;
    private final Messages messages;
    private final Label name = new Label();
    private final Label count = new Label();
    private final TextField field = new TextField();
    private final Button rename = new Button(null, new FontIcon("fth-edit-2"));
    private final boolean readOnly;
    private ShownRows.Header header;

    ThemeHeader(ThemesViewModel themes, Messages messages, boolean readOnly) {
        this.themes = themes;
        this.messages = messages;
        this.readOnly = readOnly;
        getStyleClass().add(BoardStyles.THEME_HEADER);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        name.getStyleClass().add(BoardStyles.THEME_HEADER_NAME);
        name.setMinWidth(0);
        count.getStyleClass().add(BoardStyles.CHIP_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        rename.getStyleClass().addAll("button-icon", "flat");
        rename.setFocusTraversable(false);
        rename.setTooltip(new Tooltip(messages.get("board.themes.rename")));
        rename.setAccessibleText(messages.get("board.themes.rename"));
        rename.setOnAction(e -> startRename());
        field.setManaged(false);
        field.setVisible(false);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stopRename();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                stopRename();
            }
        });
        getChildren().addAll(new FontIcon("fth-layers"), name, field, count, rename);
    }

    void show(ShownRows.Header h) {
        stopRename();
        header = h;
        boolean none = h.themeId() == null;
        name.setText(none ? messages.get("board.themes.noTheme") : h.name());
        count.setText(messages.get("board.themes.count", h.count()));
        rename.setManaged(!none && !readOnly);
        rename.setVisible(!none && !readOnly);
    }

    private void startRename() {
        if (header == null || header.themeId() == null) {
            return;
        }
        field.setText(header.name());
        name.setVisible(false);
        name.setManaged(false);
        field.setVisible(true);
        field.setManaged(true);
        field.requestFocus();
        field.selectAll();
    }

    private void commit() {
        if (header != null && header.themeId() != null) {
            themes.rename(header.themeId(), field.getText());
        }
        stopRename();
    }

    private void stopRename() {
        field.setVisible(false);
        field.setManaged(false);
        name.setVisible(true);
        name.setManaged(true);
    }
}
