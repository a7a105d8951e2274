package org.offpiste.board;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** Status chips with counts, the tag menu, the active tag filters and the count of ideas. */
final class FilterPane extends VBox {
    private static final int MAX_TAGS_IN_MENU = 60;
    private final BoardViewModel viewModel;
    private final Messages messages;
    private final ToggleGroup statuses = new ToggleGroup();
    private final ToggleButton all = new ToggleButton();
    private final Map<IdeaStatus, ToggleButton> chips = new EnumMap<>(IdeaStatus.class);
    private final MenuButton tagMenu = new MenuButton();
    private final FlowPane active = new FlowPane(6, 6);
    private final Label count = new Label();

    FilterPane(BoardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add(BoardStyles.FILTER_ROW);
        setSpacing(8);
        FlowPane row = new FlowPane(6, 6);
        row.getChildren().add(chip(all, null));
        for (IdeaStatus s : IdeaStatus.values()) {
            ToggleButton b = new ToggleButton();
            chips.put(s, b);
            row.getChildren().add(chip(b, s));
        }
        tagMenu.setId("board-tags");
        tagMenu.setText(messages.get("board.tags.button"));
        tagMenu.setGraphic(new FontIcon("fth-tag"));
        tagMenu.getStyleClass().add(BoardStyles.STATUS_CHIP);
        tagMenu.setOnShowing(e -> fillTagMenu());
        tagMenu.getItems().add(new MenuItem());
        row.getChildren().add(tagMenu);

        statuses.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                statuses.selectToggle(was);
            } else {
                viewModel.statusFilterProperty().set((IdeaStatus) now.getUserData());
            }
        });
        viewModel.statusFilterProperty().addListener((o, a, s) -> selectStatus(s));
        selectStatus(viewModel.statusFilterProperty().get());
        viewModel.statusCountsProperty().addListener((InvalidationListener) o -> showCounts());
        viewModel.totalCountProperty().addListener((InvalidationListener) o -> showCounts());
        showCounts();

        active.getStyleClass().add(BoardStyles.ACTIVE_FILTERS);
        active.setAlignment(Pos.CENTER_LEFT);
        active.setMinWidth(0);
        HBox.setHgrow(active, Priority.ALWAYS);
        viewModel.getTagFilter().addListener((SetChangeListener<String>) c -> showActive());
        viewModel.filteredProperty().addListener((o, a, b) -> showActive());
        count.setId("board-count");
        count.getStyleClass().add(BoardStyles.COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                viewModel.matchCountProperty(), viewModel.totalCountProperty(), viewModel.filteredProperty()));
        HBox bottom = new HBox(8, active, count);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, bottom);
        showActive();
    }

    private ToggleButton chip(ToggleButton b, IdeaStatus s) {
        b.setUserData(s);
        b.setToggleGroup(statuses);
        b.setId("board-status-" + (s == null ? "all" : s.key()));
        b.getStyleClass().add(BoardStyles.STATUS_CHIP);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        if (s != null) {
            b.setGraphic(new StatusDotPane(s));
        }
        return b;
    }

    private void selectStatus(IdeaStatus s) {
        statuses.selectToggle(s == null ? all : chips.get(s));
    }

    private void showCounts() {
        Map<IdeaStatus, Integer> counts = viewModel.statusCountsProperty().get();
        int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
        all.setText(messages.get("board.status.chip", messages.get("board.status.all"), sum));
        chips.forEach((s, b) -> b.setText(messages.get("board.status.chip",
                messages.get("board.status." + s.key()), counts.getOrDefault(s, 0))));
    }

    private String countText() {
        int matches = viewModel.matchCountProperty().get();
        int total = viewModel.totalCountProperty().get();
        return viewModel.filteredProperty().get() && matches != total
                ? messages.get("board.count.filtered", matches, total)
                : messages.get("board.count", total);
    }

    private void fillTagMenu() {
        tagMenu.getItems().clear();
        if (viewModel.getTags().isEmpty()) {
            MenuItem none = new MenuItem(messages.get("board.tags.none"));
            none.setDisable(true);
            tagMenu.getItems().add(none);
            return;
        }
        viewModel.getTags().stream().limit(MAX_TAGS_IN_MENU).forEach(t -> {
            CheckMenuItem item = new CheckMenuItem(messages.get("board.tags.item", t.tag(), t.count()));
            item.setSelected(viewModel.getTagFilter().contains(t.tag()));
            item.setOnAction(e -> viewModel.toggleTagFilter(t.tag()));
            tagMenu.getItems().add(item);
        });
    }

    private void showActive() {
        active.getChildren().clear();
        for (String tag : viewModel.getTagFilter()) {
            Button chip = new Button(tag, new FontIcon("fth-x"));
            chip.setContentDisplay(ContentDisplay.RIGHT);
            chip.getStyleClass().addAll(BoardStyles.TAG_CHIP, BoardStyles.TAG_REMOVE);
            chip.setOnAction(e -> viewModel.toggleTagFilter(tag));
            active.getChildren().add(chip);
        }
        if (viewModel.filteredProperty().get()) {
            Hyperlink clear = new Hyperlink(messages.get("board.filters.clear"));
            clear.setId("board-clear-filters");
            clear.setOnAction(e -> viewModel.clearFilters());
            active.getChildren().add(clear);
        }
    }
}
