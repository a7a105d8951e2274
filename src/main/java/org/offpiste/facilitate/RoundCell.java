package org.offpiste.facilitate;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A round in the facilitator's list: its name, options and length; the current one highlighted. */
final class RoundCell extends ListCell<RoundRow> {
    private final Label name = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, name, meta);

    RoundCell() {
        getStyleClass().add(FacilitateStyles.ROUND_CELL);
        name.getStyleClass().add(FacilitateStyles.ROUND_NAME);
        meta.getStyleClass().add(FacilitateStyles.ROUND_META);
        meta.setWrapText(true);
        meta.prefWidthProperty().bind(listViewProperty().flatMap(l -> l.widthProperty()).map(w -> w.doubleValue() - 36)
                .orElse(200.0)); // wraps within the list, no sideways scroll
        meta.setMinHeight(USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RoundRow row, boolean empty) {
        super.updateItem(row, empty);
        pseudoClassStateChanged(FacilitateStyles.CURRENT, !empty && row != null && row.current());
        pseudoClassStateChanged(FacilitateStyles.DONE, !empty && row != null && row.done());
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        name.setText(row.position() + ". " + row.name());
        meta.setText(row.options().isEmpty() ? row.length() : row.length() + " · " + row.options());
        setGraphic(box);
    }
}
