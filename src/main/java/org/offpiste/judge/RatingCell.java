package org.offpiste.judge;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.Rating;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/** One idea's score on one criterion: five stars (a click rates) and a small button that clears it. */
final class RatingCell extends TableCell<RatingRow, Number> {
    private final CriteriaViewModel vm;
    private final CriterionItem criterion;
    private final Rating rating = new Rating(5);
    private final Button clear = new Button();
    private final HBox box;
    private boolean updating;

    RatingCell(CriteriaViewModel vm, CriterionItem criterion, Messages messages) {
        this.vm = vm;
        this.criterion = criterion;
        getStyleClass().add(CriteriaStyles.RATING_CELL);
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setFocusTraversable(false);
        rating.setDisable(vm.isReadOnly());
        rating.ratingProperty().addListener((o, a, b) -> {
            if (!updating && getTableRow() != null && getTableRow().getItem() != null) {
                vm.rate(getTableRow().getItem(), criterion.id(), (int) Math.round(b.doubleValue()));
            }
        });
        clear.setGraphic(Icons.of(Feather.X));
        clear.getStyleClass().add(CriteriaStyles.SMALL_BUTTON);
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(messages.get("criteria.table.clear")));
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> {
            if (getTableRow() != null && getTableRow().getItem() != null) {
                vm.rate(getTableRow().getItem(), criterion.id(), 0);
            }
        });
        box = new HBox(2, rating, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Number score, boolean empty) {
        super.updateItem(score, empty);
        if (empty || score == null) {
            setGraphic(null);
            return;
        }
        updating = true;
        try {
            rating.setRating(score.intValue());
        } finally {
            updating = false;
        }
        clear.setVisible(score.intValue() > 0 && !vm.isReadOnly());
        setGraphic(box);
    }

    CriterionItem criterion() {
        return criterion;
    }
}
