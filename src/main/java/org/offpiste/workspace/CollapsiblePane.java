package org.offpiste.workspace;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.offpiste.ui.Icons;

/**
 * One pane of the split: a quiet header (icon, title, collapse button) over its content; collapsed,
 * a thin rail with the title written upwards and a button to open it again.
 */
final class CollapsiblePane extends StackPane {
    static final String STYLE_CLASS = "pane-frame";
    static final double RAIL_WIDTH = 36;
    static final double MIN_WIDTH = 240;
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    private final PaneId id;
    private final StackPane body = new StackPane();
    private final BorderPane expanded = new BorderPane();
    private final VBox rail = new VBox();
    private final Button collapse;
    private final Button expand;

    CollapsiblePane(PaneId id, String title, Ikon icon, Ikon collapseIcon, Ikon expandIcon, String collapseTip,
              String expandTip) {
        this.id = id;
        getStyleClass().addAll(STYLE_CLASS, "pane-" + id.key());
        setId("pane-" + id.key());

        Label heading = new Label(title, Icons.of(icon));
        heading.getStyleClass().add("pane-title");
        collapse = iconButton(collapseIcon, collapseTip, "pane-collapse");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, collapse);
        header.getStyleClass().add("pane-header");
        header.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("pane-body");
        expanded.setTop(header);
        expanded.setCenter(body);

        expand = iconButton(expandIcon, expandTip, "pane-expand");
        Label railTitle = new Label(title, Icons.of(icon));
        railTitle.getStyleClass().add("rail-title");
        railTitle.setRotate(-90);
        rail.getChildren().addAll(expand, new Group(railTitle));
        rail.getStyleClass().add("pane-rail");
        rail.setAlignment(Pos.TOP_CENTER);
        getChildren().add(expanded);
    }

    PaneId paneId() {
        return id;
    }

    Button collapseButton() {
        return collapse;
    }

    Button expandButton() {
        return expand;
    }

    void setContent(Node content) {
        if (content == null) {
            body.getChildren().clear();
        } else {
            body.getChildren().setAll(content);
        }
    }

    void setCollapsed(boolean value) {
        pseudoClassStateChanged(COLLAPSED, value);
        getChildren().setAll(value ? rail : expanded);
        setMinWidth(value ? RAIL_WIDTH : MIN_WIDTH);
        setMaxWidth(value ? RAIL_WIDTH : Double.MAX_VALUE);
    }

    private static Button iconButton(Ikon ikon, String tip, String styleClass) {
        Button b = new Button(null, Icons.of(ikon));
        b.getStyleClass().addAll("flat", "button-icon", styleClass);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
