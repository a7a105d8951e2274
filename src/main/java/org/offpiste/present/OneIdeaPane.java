package org.offpiste.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import org.offpiste.i18n.Messages;

/**
 * One idea, large: its title, tags, score and description, centred on the screen. Long text gets
 * smaller type; text that still does not fit scrolls (it is never cut off).
 */
final class OneIdeaPane extends ScrollPane {
    private final Label title = new Label();
    private final Label body = new Label();
    private final Label score = new Label();
    private final FlowPane tags = new FlowPane();
    private final TypeScale scale;
    private final Messages m;

    OneIdeaPane(TypeScale scale, Messages messages) {
        this.scale = scale;
        this.m = messages;
        setId("present-one");
        title.setId("present-title");
        body.setId("present-body");
        score.setId("present-score");
        tags.setId("present-tags");
        title.getStyleClass().add(PresentStyles.TITLE);
        body.getStyleClass().add(PresentStyles.BODY);
        score.getStyleClass().add(PresentStyles.SCORE);
        for (Label l : new Label[] {title, body, score}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.managedProperty().bind(l.visibleProperty());
        }
        scale.bind(title, () -> TypeScale.title(title.getText()), FontWeight.BOLD, title.textProperty());
        scale.bind(body, () -> TypeScale.body(body.getText()), FontWeight.NORMAL, body.textProperty());
        scale.bind(score, TypeScale.SCORE, FontWeight.BOLD);
        tags.hgapProperty().bind(title.fontProperty().map(f -> f.getSize() * 0.3));
        tags.vgapProperty().bind(tags.hgapProperty());
        tags.setMinHeight(Region.USE_PREF_SIZE);
        tags.managedProperty().bind(tags.visibleProperty());
        VBox content = new VBox(title, tags, score, body);
        content.getStyleClass().add(PresentStyles.BODY_SCROLL);
        content.spacingProperty().bind(title.fontProperty().map(f -> f.getSize() * 0.45));
        content.setAlignment(Pos.CENTER_LEFT);
        setContent(content);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        setFocusTraversable(false);
        getStyleClass().add(PresentStyles.BODY_SCROLL);
    }

    void show(Slide slide) {
        setVvalue(0);
        if (slide == null) {
            title.setText("");
            body.setVisible(false);
            score.setVisible(false);
            tags.setVisible(false);
            return;
        }
        title.setText(slide.title());
        body.setText(slide.body());
        body.setVisible(!slide.body().isBlank());
        score.setVisible(slide.rated());
        if (slide.rated()) {
            score.setText(m.get("present.score", slide.score().score(), slide.score().raters()));
        }
        tags.getChildren().clear();
        for (String t : slide.tags()) {
            Label tag = new Label(m.get("present.tag", t));
            tag.getStyleClass().add(PresentStyles.TAG);
            scale.bind(tag, TypeScale.TAG, FontWeight.NORMAL);
            tags.getChildren().add(tag);
        }
        tags.setVisible(!slide.tags().isEmpty());
    }

    Label title() {
        return title;
    }
}
