package org.offpiste.board;

import atlantafx.base.controls.CustomTextField;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The top of the board: quick add, search (Esc clears) and sort. */
final class BoardToolbarPane extends VBox {
    private final CustomTextField quickAdd = new CustomTextField();
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<IdeaSort> sort = new ComboBox<>();

    BoardToolbarPane(BoardViewModel viewModel, Messages messages) {
        getStyleClass().add(BoardStyles.TOOLBAR);
        setSpacing(8);
        if (viewModel.isReadOnly()) {
            Label banner = new Label(messages.get("board.readOnly"), new FontIcon("fth-lock"));
            banner.getStyleClass().add(BoardStyles.READ_ONLY_BANNER);
            banner.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(banner);
        } else {
            quickAdd.setId("board-quick-add");
            quickAdd.getStyleClass().add(BoardStyles.QUICK_ADD);
            quickAdd.setPromptText(messages.get("board.quickAdd.prompt"));
            quickAdd.setLeft(new FontIcon("fth-plus"));
            quickAdd.setTooltip(new Tooltip(messages.get("board.quickAdd.tooltip")));
            quickAdd.textProperty().bindBidirectional(viewModel.quickAddTextProperty());
            quickAdd.setOnAction(e -> viewModel.quickAdd());
            getChildren().add(quickAdd);
        }

        search.setId("board-search");
        search.getStyleClass().add(BoardStyles.SEARCH);
        search.setPromptText(messages.get("board.search.prompt"));
        search.setLeft(new FontIcon("fth-search"));
        FontIcon clear = new FontIcon("fth-x");
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(110);
        search.setMaxWidth(Double.MAX_VALUE);

        sort.setId("board-sort");
        sort.getStyleClass().add(BoardStyles.SORT);
        sort.getItems().setAll(IdeaSort.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(IdeaSort s) {
                return s == null ? "" : messages.get("board.sort." + s.key());
            }

            @Override
            public IdeaSort fromString(String text) {
                return null;
            }
        });
        sort.setButtonCell(new SortCell(messages));
        sort.setMinWidth(Region.USE_PREF_SIZE);
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        sort.setTooltip(new Tooltip(messages.get("board.sort.tooltip")));
        HBox row = new HBox(8, search, sort);
        if (!viewModel.isReadOnly()) {
            row.getChildren().add(pasteButton(viewModel, messages));
        }
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
    }

    /** "Paste ideas…": opens the dialog over the window. */
    private javafx.scene.control.Button pasteButton(BoardViewModel viewModel, Messages messages) {
        javafx.scene.control.Button paste = new javafx.scene.control.Button(null, new FontIcon("fth-clipboard"));
        paste.setId("board-paste");
        paste.getStyleClass().addAll("button-icon", "flat");
        paste.setAccessibleText(messages.get("refine.paste.button"));
        paste.setTooltip(new Tooltip(messages.get("refine.paste.tooltip")));
        paste.setMinWidth(Region.USE_PREF_SIZE);
        paste.setOnAction(e -> new PasteIdeasDialog(getScene() == null ? null : getScene().getWindow(),
                viewModel.pasteIdeas(), messages).show());
        return paste;
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The sort box's face: an icon and the order's name. */
    private static final class SortCell extends ListCell<IdeaSort> {
        private final Messages messages;

        SortCell(Messages messages) {
            this.messages = messages;
            setGraphic(new FontIcon("fth-bar-chart-2"));
        }

        @Override
        protected void updateItem(IdeaSort item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : messages.get("board.sort." + item.key()));
        }
    }
}
