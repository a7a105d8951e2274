package org.offpiste.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import org.offpiste.i18n.Messages;

/** The whole lane as large cards, two or three a row; the focused card is marked and kept in sight. */
final class SlideGridPane extends ScrollPane {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Longer titles are cut after a whole word in the grid (one idea shows them whole). */
    private static final int LONGEST_TITLE = 70;
    private final GridPane grid = new GridPane();
    private final List<VBox> cards = new ArrayList<>();
    private final TypeScale scale;
    private final Messages m;
    private final IntConsumer open;
    private int focused = -1;

    /** @param open opens the card clicked (its place) */
    SlideGridPane(TypeScale scale, Messages messages, IntConsumer open) {
        this.scale = scale;
        this.m = messages;
        this.open = open;
        setId("present-grid");
        grid.getStyleClass().add(PresentStyles.GRID);
        grid.hgapProperty().bind(scale.font(() -> TypeScale.CARD_TITLE, FontWeight.NORMAL).map(f -> f.getSize() * 0.8));
        grid.vgapProperty().bind(grid.hgapProperty());
        grid.setAlignment(Pos.CENTER); // a short Shortlist sits in the middle of the screen
        setContent(grid);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);
        getStyleClass().add(PresentStyles.BODY_SCROLL);
    }

    void show(List<Slide> slides) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        cards.clear();
        int columns = columns(slides.size());
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            cc.setFillWidth(true);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < slides.size(); i++) {
            VBox card = card(slides.get(i), i);
            cards.add(card);
            grid.add(card, i % columns, i / columns);
        }
        focused = -1;
    }

    /** Marks the card at {@code place} and scrolls it into sight. */
    void focus(int place) {
        if (focused >= 0 && focused < cards.size()) {
            cards.get(focused).pseudoClassStateChanged(CURRENT, false);
        }
        focused = place;
        if (place >= 0 && place < cards.size()) {
            cards.get(place).pseudoClassStateChanged(CURRENT, true);
            reveal(cards.get(place));
        }
    }

    /** One card alone, two a row up to 4, three up to 6, then four (a wide screen holds two rows of four). */
    static int columns(int cards) {
        return cards <= 1 ? 1 : cards <= 4 ? 2 : cards <= 6 ? 3 : 4;
    }

    /** A title of more than {@code max} characters, cut after its last whole word that fits, with "…". */
    static String gist(String title, int max) {
        if (title.length() <= max) {
            return title;
        }
        int cut = title.lastIndexOf(' ', max);
        return title.substring(0, cut > max / 2 ? cut : max).stripTrailing().replaceAll("[,;:.\\-]+$", "") + "…";
    }

    List<VBox> cards() {
        return cards;
    }

    private VBox card(Slide slide, int place) {
        Label number = new Label(Integer.toString(place + 1));
        number.getStyleClass().add(PresentStyles.CARD_NUMBER);
        scale.bind(number, TypeScale.CARD_NUMBER, FontWeight.BOLD);
        Label title = new Label(gist(slide.title(), LONGEST_TITLE));
        title.getStyleClass().add(PresentStyles.CARD_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        scale.bind(title, TypeScale.CARD_TITLE, FontWeight.BOLD);
        VBox card = new VBox(number, title);
        if (slide.rated()) {
            Label score = new Label(m.get("present.card.score", slide.score().score()));
            score.getStyleClass().add(PresentStyles.SCORE);
            scale.bind(score, TypeScale.CARD_NUMBER, FontWeight.BOLD);
            card.getChildren().add(score);
        }
        card.getStyleClass().add(PresentStyles.CARD);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMaxHeight(Double.MAX_VALUE);
        card.spacingProperty().bind(title.fontProperty().map(f -> f.getSize() * 0.25));
        card.paddingProperty().bind(title.fontProperty().map(f -> new Insets(f.getSize() * 0.6)));
        GridPane.setFillHeight(card, true);
        GridPane.setVgrow(card, Priority.NEVER);
        card.setOnMouseClicked(e -> {
            e.consume();
            open.accept(place);
        });
        return card;
    }

    private void reveal(VBox card) {
        applyCss();
        layout();
        double content = grid.getHeight();
        double view = getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        Bounds b = card.getBoundsInParent();
        double top = getVvalue() * (content - view);
        if (b.getMinY() < top) {
            top = b.getMinY();
        } else if (b.getMaxY() > top + view) {
            top = b.getMaxY() - view;
        }
        setVvalue(top / (content - view));
    }
}
