package org.offpiste.board;

import java.time.Instant;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** A row of the board: reads its idea from the page cache and shows it as a card. */
final class IdeaCell extends ListCell<Long> {
    private final BoardViewModel viewModel;
    private final IdeaCard card;

    IdeaCell(BoardViewModel viewModel, Messages messages, TimeText time) {
        this.viewModel = viewModel;
        this.card = new IdeaCard(messages, time, viewModel::filterByTag);
        getStyleClass().add(BoardStyles.CELL);
        setPrefWidth(0);
        viewModel.getPageCache().revisionProperty().addListener((o, a, b) -> render());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                viewModel.openEditor(getItem());
            }
        });
        if (!viewModel.isReadOnly()) {
            setContextMenu(menu(messages));
        }
    }

    @Override
    protected void updateItem(Long id, boolean empty) {
        super.updateItem(id, empty);
        render();
    }

    private void render() {
        if (isEmpty() || getItem() == null) {
            setGraphic(null);
            return;
        }
        Optional<Idea> idea = viewModel.getPageCache().ideaAt(getIndex());
        if (idea.isPresent()) {
            card.show(idea.get(), Instant.now());
        } else {
            card.showLoading();
        }
        setGraphic(card);
    }

    private ContextMenu menu(Messages messages) {
        MenuItem edit = new MenuItem(messages.get("board.menu.edit"), new FontIcon("fth-edit-2"));
        edit.setOnAction(e -> viewModel.openEditor(getItem()));
        Menu move = new Menu(messages.get("board.menu.moveTo"), new FontIcon("fth-corner-down-right"));
        for (IdeaStatus s : IdeaStatus.values()) {
            MenuItem item = new MenuItem(messages.get("board.status." + s.key()), new StatusDotPane(s));
            item.setOnAction(e -> viewModel.setStatus(getItem(), s));
            move.getItems().add(item);
        }
        MenuItem delete = new MenuItem(messages.get("board.menu.delete"), new FontIcon("fth-trash-2"));
        delete.setOnAction(e -> viewModel.delete(getItem()));
        return new ContextMenu(edit, move, new SeparatorMenuItem(), delete);
    }
}
