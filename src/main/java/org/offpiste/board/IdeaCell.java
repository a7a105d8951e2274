package org.offpiste.board;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/**
 * A row of the board: reads its idea from the page cache and shows it as a card (with the novelty
 * meter's line when the engine is there); when the board is grouped, a theme's header.
 */
final class IdeaCell extends ListCell<Long> {
    private final BoardViewModel viewModel;
    private final BoardInsightsViewModel insights;
    private final IdeaCard card;
    private final ThemeHeader header;
    private MenuItem mergeSelected;

    IdeaCell(BoardViewModel viewModel, Messages messages, TimeText time) {
        this(viewModel, null, messages, time);
    }

    IdeaCell(BoardViewModel viewModel, BoardInsightsViewModel insights, Messages messages, TimeText time) {
        this.viewModel = viewModel;
        this.insights = insights;
        this.card = new IdeaCard(messages, time, viewModel::filterByTag);
        getStyleClass().add(BoardStyles.CELL);
        setPrefWidth(0);
        viewModel.getPageCache().revisionProperty().addListener((o, a, b) -> render());
        if (insights != null) {
            insights.scores().revisionProperty().addListener((o, a, b) -> render());
        }
        if (insights != null && insights.isAvailable()) {
            card.addNovelty(new NoveltyBadge(insights, viewModel::openEditor));
            insights.figures().revisionProperty().addListener((o, a, b) -> render());
            insights.themes().getThemes().addListener((javafx.collections.ListChangeListener<org.offpiste.novelty.Theme>) c -> render());
            header = new ThemeHeader(insights.themes(), messages, viewModel.isReadOnly());
        } else {
            header = null;
        }
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && getItem() >= 0) {
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

    private boolean grouped() {
        return header != null && insights.shown().activeProperty().get();
    }

    private void render() {
        if (isEmpty() || getItem() == null) {
            setGraphic(null);
            return;
        }
        long id = getItem();
        boolean grouped = grouped();
        if (grouped && id < 0) {
            insights.shown().header(id).ifPresent(header::show);
            pseudoClassStateChanged(HEADER, true);
            setPrefHeight(USE_COMPUTED_SIZE);
            setGraphic(header);
            return;
        }
        pseudoClassStateChanged(HEADER, false);
        setPrefHeight(grouped ? BoardView.CARD_HEIGHT_MEASURED : USE_COMPUTED_SIZE); // the list's rows vary when grouped
        int index = grouped ? insights.shown().sourceIndex(getIndex()) : getIndex();
        Optional<Idea> idea = viewModel.getPageCache().ideaAt(index);
        if (idea.isPresent() && idea.get().id() == id) {
            card.show(idea.get(), Instant.now());
            if (insights != null) {
                card.showScore(insights.scores().score(id));
            }
            if (header != null) {
                card.showFigures(id, insights.figures().figures(id));
            }
        } else {
            card.showLoading();
        }
        setGraphic(card);
    }

    private static final javafx.css.PseudoClass HEADER = javafx.css.PseudoClass.getPseudoClass("header");

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
        ContextMenu menu = new ContextMenu(edit, move);
        if (insights != null) {
            mergeSelected = new MenuItem(messages.get("board.merge.selected"), new FontIcon("fth-git-merge"));
            mergeSelected.setOnAction(e -> other().ifPresent(other -> insights.merge(getItem(), other)));
            menu.getItems().add(mergeSelected);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            boolean idea = getItem() != null && getItem() >= 0;
            menu.getItems().forEach(i -> i.setDisable(!idea));
            if (mergeSelected != null) {
                mergeSelected.setDisable(other().isEmpty());
            }
        });
        return menu;
    }

    /** The other idea of a selection of two that holds this one: "Merge into this idea". */
    private Optional<Long> other() {
        List<Long> selected = viewModel.selectedIds();
        Long id = getItem();
        if (id == null || id < 0 || selected.size() != 2 || !selected.contains(id)) {
            return Optional.empty();
        }
        return selected.stream().filter(s -> !s.equals(id)).findFirst();
    }
}
