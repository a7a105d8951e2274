package org.offpiste.ideation;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A technique in the list: its icon, its name and a one-line summary. */
final class TechniqueListCell extends ListCell<TechniqueItem> {
    static final String STYLE_CLASS = "technique-cell";
    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label own = new Label();
    private final HBox graphic;

    private final Tooltip tooltip = new Tooltip();
    private final BooleanProperty compact;

    /** In a {@code compact} list (a narrow pane) the summary moves into a tooltip. */
    TechniqueListCell(BooleanProperty compact, String ownBadge) {
        own.setText(ownBadge);
        this.compact = compact;
        getStyleClass().add(STYLE_CLASS);
        icon.getStyleClass().add("technique-cell-icon");
        name.getStyleClass().add("technique-cell-name");
        summary.getStyleClass().add("technique-cell-summary");
        own.getStyleClass().add("technique-cell-own");
        own.setMinWidth(Region.USE_PREF_SIZE);
        HBox title = new HBox(name, own);
        title.getStyleClass().add("technique-cell-title");
        VBox texts = new VBox(title, summary);
        texts.getStyleClass().add("technique-cell-texts");
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        graphic = new HBox(icon, texts);
        graphic.getStyleClass().add("technique-cell-box");
        summary.visibleProperty().bind(compact.not());
        summary.managedProperty().bind(compact.not());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TechniqueItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        icon.setIconCode(Icons.feather(item.icon()));
        name.setText(item.name());
        summary.setText(item.summary());
        boolean mine = item.id().startsWith(TechniqueLibrary.OWN_PREFIX);
        own.setVisible(mine);
        own.setManaged(mine);
        setAccessibleText(item.name() + ". " + item.summary());
        tooltip.setText(item.summary());
        setTooltip(compact.get() ? tooltip : null);
        setGraphic(graphic);
    }
}
