package org.offpiste.ideation;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A technique in the list: its icon, its name and a one-line summary. */
final class TechniqueListCell extends ListCell<TechniqueItem> {
    static final String STYLE_CLASS = "technique-cell";
    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final HBox graphic;

    TechniqueListCell() {
        getStyleClass().add(STYLE_CLASS);
        icon.getStyleClass().add("technique-cell-icon");
        name.getStyleClass().add("technique-cell-name");
        summary.getStyleClass().add("technique-cell-summary");
        VBox texts = new VBox(name, summary);
        texts.getStyleClass().add("technique-cell-texts");
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        graphic = new HBox(icon, texts);
        graphic.getStyleClass().add("technique-cell-box");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TechniqueItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        icon.setIconCode(Icons.feather(item.icon()));
        name.setText(item.name());
        summary.setText(item.summary());
        setAccessibleText(item.name() + ". " + item.summary());
        setGraphic(graphic);
    }
}
