package org.offpiste.present;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;

/** A lane with nothing to present: says so in large type, and offers the other lane. */
final class EmptyLanePane extends VBox {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Button other = new Button();
    private final Messages m;

    EmptyLanePane(TypeScale scale, Messages messages, Runnable switchLane) {
        this.m = messages;
        setId("present-empty");
        getStyleClass().add(PresentStyles.EMPTY);
        title.setId("present-empty-title");
        title.getStyleClass().add(PresentStyles.EMPTY_TITLE);
        detail.getStyleClass().add(PresentStyles.BODY);
        other.setId("present-other-lane");
        other.getStyleClass().add(PresentStyles.EMPTY_BUTTON);
        other.setFocusTraversable(false);
        other.setOnAction(e -> switchLane.run());
        for (Label l : new Label[] {title, detail}) {
            l.setWrapText(true);
            l.setTextAlignment(TextAlignment.CENTER);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        scale.bind(title, TypeScale.EMPTY_TITLE, FontWeight.BOLD);
        scale.bind(detail, TypeScale.EMPTY_TEXT, FontWeight.NORMAL);
        scale.bind(other, TypeScale.EMPTY_TEXT, FontWeight.BOLD);
        spacingProperty().bind(title.fontProperty().map(f -> f.getSize() * 0.6));
        setAlignment(Pos.CENTER);
        getChildren().addAll(title, detail, other);
    }

    /** Shows what is said of {@code lane} when it is empty, or that the board could not be read. */
    void show(IdeaStatus lane, boolean failed) {
        String key = lane == IdeaStatus.SHORTLIST ? "shortlist" : "inbox";
        title.setText(m.get(failed ? "present.failed" : "present.empty." + key));
        detail.setText(m.get(failed ? "present.failed.detail" : "present.empty." + key + ".detail"));
        other.setText(m.get(lane == IdeaStatus.SHORTLIST ? "present.showInbox" : "present.showShortlist"));
    }

    Label title() {
        return title;
    }

    ObservableValue<String> buttonText() {
        return other.textProperty();
    }
}
