package org.offpiste.board;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;

/** "View" on the baseline: the plain question's ideas, what the obvious looks like. */
final class BaselinePopOver extends PopOver {

    BaselinePopOver(Baseline baseline, Messages messages) {
        VBox list = new VBox(8);
        list.setId("board-baseline-list");
        list.getStyleClass().add("baseline-list");
        Label heading = new Label(messages.get("board.baseline.viewHeading", baseline.model().isBlank()
                ? baseline.provider() : baseline.model(), baseline.briefVersionId()));
        heading.getStyleClass().add("baseline-heading");
        heading.setWrapText(true);
        list.getChildren().add(heading);
        int n = 0;
        for (BaselineItem item : baseline.items()) {
            Label l = new Label(messages.get("board.baseline.item", ++n, item.title()));
            l.getStyleClass().add("baseline-item-title");
            l.setWrapText(true);
            list.getChildren().add(l);
            if (!item.body().isBlank()) {
                Label b = new Label(item.body());
                b.getStyleClass().add("baseline-item-body");
                b.setWrapText(true);
                list.getChildren().add(b);
            }
        }
        list.setPrefWidth(380);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(420);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.getStylesheets().add(BaselinePopOver.class.getResource("board.css").toExternalForm());
        setContentNode(scroll);
        setArrowLocation(ArrowLocation.TOP_LEFT);
        setDetachable(false);
        setTitle(messages.get("board.baseline.viewTitle"));
        setHeaderAlwaysVisible(true);
    }
}
