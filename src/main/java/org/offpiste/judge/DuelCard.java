package org.offpiste.judge;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.offpiste.board.Idea;

/** One side of a duel: the idea's title, body and tags. A click on it chooses it. */
final class DuelCard extends VBox {
    private final Label title = new Label();
    private final Label body = new Label();
    private final FlowPane tags = new FlowPane(6, 6);

    DuelCard(String id) {
        super(12);
        setId(id);
        getStyleClass().add(JudgeStyles.CARD);
        title.getStyleClass().add(JudgeStyles.CARD_TITLE);
        title.setWrapText(true);
        body.getStyleClass().add(JudgeStyles.CARD_BODY);
        body.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMaxHeight(Double.MAX_VALUE);
        body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(title, body, tags);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
    }

    void show(Idea idea) {
        title.setText(idea == null ? "" : idea.title());
        body.setText(idea == null ? "" : idea.body());
        tags.getChildren().clear();
        if (idea != null) {
            for (String t : idea.tags()) {
                Label tag = new Label(t);
                tag.getStyleClass().add(JudgeStyles.TAG);
                tags.getChildren().add(tag);
            }
        }
    }

    String titleText() {
        return title.getText();
    }
}
