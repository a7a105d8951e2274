package org.offpiste.facilitate;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A list cell of a name over a line of details that wraps within the list (no sideways scroll). */
abstract class TwoLineCell<T> extends ListCell<T> {
    private final Label name = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, name, meta);

    TwoLineCell(String cellStyle, String nameStyle, String metaStyle) {
        getStyleClass().add(cellStyle);
        name.getStyleClass().add(nameStyle);
        meta.getStyleClass().add(metaStyle);
        meta.setWrapText(true);
        meta.prefWidthProperty().bind(listViewProperty().flatMap(l -> l.widthProperty()).map(w -> w.doubleValue() - 36)
                .orElse(200.0));
        meta.setMinHeight(USE_PREF_SIZE);
        setPrefWidth(0);
    }

    /** Shows {@code title} over {@code length}, followed by {@code options} when there are some. */
    final void show(String title, String length, String options) {
        name.setText(title);
        meta.setText(options.isEmpty() ? length : length + " · " + options);
        setGraphic(box);
    }
}
