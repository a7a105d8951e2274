package org.offpiste.board;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.Theme;

/**
 * The engine's line on a card: how far the idea is from the obvious (a short bar and words), the
 * near-duplicate flag (click: merge or open), where a model's idea came from, and its theme.
 * Shows nothing it does not know: "measuring…" only while the meter works.
 */
final class NoveltyBadge extends HBox {
    private final BoardInsightsViewModel insights;
    private final NoveltyText text;
    private final Consumer<Long> open;
    private final ProgressBar bar = new ProgressBar();
    private final Label distance = new Label();
    private final Label nearest = new Label();
    private final Button duplicate = new Button();
    private final Label origin = new Label();
    private final Label theme = new Label();
    private final Label edited = new Label();
    private final Tooltip tip = new Tooltip();
    private final HBox meta = new HBox(6);

    NoveltyBadge(BoardInsightsViewModel insights, Consumer<Long> open) {
        this.insights = insights;
        this.text = new NoveltyText(insights.messages());
        this.open = open;
        getStyleClass().add(BoardStyles.NOVELTY_ROW);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setMinWidth(0);
        bar.getStyleClass().add(BoardStyles.NOVELTY_BAR);
        bar.setFocusTraversable(false);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        distance.getStyleClass().addAll(BoardStyles.NOVELTY_TEXT, "novelty-distance");
        distance.setTextOverrun(OverrunStyle.ELLIPSIS);
        distance.setMinWidth(Region.USE_PREF_SIZE);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDuration(Duration.seconds(30));
        duplicate.getStyleClass().addAll(BoardStyles.DUPLICATE_FLAG, "flat");
        duplicate.setFocusTraversable(false);
        duplicate.setMinWidth(0);
        duplicate.setTextOverrun(OverrunStyle.ELLIPSIS);
        origin.getStyleClass().add(BoardStyles.CARD_META);
        origin.setGraphic(new FontIcon("fth-cpu"));
        origin.setTextOverrun(OverrunStyle.ELLIPSIS);
        origin.setMinWidth(24); // the technique gives way first: it is in the editor and the tooltip
        theme.getStyleClass().add(BoardStyles.THEME_CHIP);
        theme.setMinWidth(30);
        theme.setTextOverrun(OverrunStyle.ELLIPSIS);
        nearest.getStyleClass().addAll(BoardStyles.NOVELTY_TEXT, "novelty-nearest");
        nearest.setTextOverrun(OverrunStyle.ELLIPSIS);
        nearest.setMinWidth(0);
        getChildren().addAll(bar, distance, nearest, duplicate);
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setMinWidth(0);
        edited.getStyleClass().addAll(BoardStyles.CARD_META, BoardStyles.EDITED_MARK);
        edited.setGraphic(new FontIcon("fth-user-check"));
        edited.setMinWidth(Region.USE_PREF_SIZE);
        meta.getChildren().addAll(theme, origin, edited);
    }

    /** The idea's theme and origin, for the card's top line (beside the status). */
    HBox meta() {
        return meta;
    }

    /** Shows the idea's figures (none yet: "measuring…" while the meter works, else nothing). */
    void show(long ideaId, Optional<CardFigures.Figures> figures) {
        Novelty n = figures.map(CardFigures.Figures::novelty).orElse(null);
        showNovelty(n);
        showOrigin(figures.map(CardFigures.Figures::origin).orElse(null));
        boolean touched = figures.map(CardFigures.Figures::editedByPerson).orElse(false);
        edited.setText(touched ? insights.messages().get("board.versions.editedMark") : "");
        edited.setTooltip(touched ? new Tooltip(insights.messages().get("board.versions.editedMarkTip")) : null);
        show(edited, touched);
        Optional<Theme> t = insights.themes().themeOf(ideaId);
        theme.setText(t.map(Theme::name).orElse(""));
        theme.setTooltip(t.map(x -> new Tooltip(insights.messages().get("board.themes.chipTip", x.name()))).orElse(null));
        boolean chip = t.isPresent() && !insights.themes().groupedProperty().get(); // under its header already
        show(theme, chip);
        // beside a theme chip the technique shrinks to its icon (its name is in the tooltip and the editor)
        origin.setContentDisplay(chip ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                : javafx.scene.control.ContentDisplay.LEFT);
        duplicate.setOnAction(e -> {
            if (n != null && n.duplicateOf() != null) {
                mergeMenu(ideaId, n.duplicateOf()).show(duplicate, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
    }

    void clear() {
        showNovelty(null);
        show(origin, false);
        show(theme, false);
        show(edited, false);
        show(distance, false);
        show(nearest, false);
        show(duplicate, false);
        show(bar, false);
    }

    private void showNovelty(Novelty n) {
        boolean hasDistance = n != null && n.baselineDistance() != null;
        boolean measuring = n == null && insights.figures().measuringProperty().get();
        show(bar, hasDistance);
        if (hasDistance) {
            bar.setProgress(Math.max(0.04, Math.min(1, n.baselineDistance() / 0.8)));
            distance.setText(text.distance(n.baselineDistance()));
        } else if (measuring) {
            distance.setText(insights.messages().get("board.novelty.measuring"));
        } else {
            distance.setText("");
        }
        show(distance, !distance.getText().isEmpty());
        boolean near = n != null && n.nearestSimilarity() != null && n.duplicateOf() == null;
        String key = distance.isManaged() ? "board.novelty.nearestShort" : "board.novelty.nearestAlone";
        nearest.setText(near ? insights.messages().get(key, text.figure(n.nearestSimilarity())) : "");
        nearest.setTooltip(near ? tip : null);
        show(nearest, near);
        if (n != null) {
            tip.setText(text.tooltip(n, insights.duplicateThreshold()));
            distance.setTooltip(tip);
            Tooltip.install(bar, tip);
        } else {
            distance.setTooltip(null);
            Tooltip.uninstall(bar, tip);
        }
        boolean dup = n != null && n.duplicateOf() != null;
        show(duplicate, dup);
        if (dup) {
            duplicate.setText(insights.messages().get("board.duplicate.flag", n.duplicateOf()));
            duplicate.setTooltip(new Tooltip(insights.messages().get("board.duplicate.flagTip", n.duplicateOf(),
                    text.figure(n.nearestSimilarity() == null ? insights.duplicateThreshold() : n.nearestSimilarity()))));
        }
    }

    private void showOrigin(IdeaOrigin o) {
        if (o == null) {
            show(origin, false);
            return;
        }
        String technique = insights.techniqueName(o.techniqueId());
        // the model is the card's author already: the top line names the technique (or the mode)
        origin.setText(technique.isEmpty() ? modeName(o.mode()) : technique);
        origin.setTooltip(new Tooltip(insights.messages().get("board.origin.cardTip",
                technique.isEmpty() ? modeName(o.mode()) : technique,
                o.provider(), o.model())));
        show(origin, !origin.getText().isEmpty());
    }

    private String modeName(String mode) {
        String key = "board.origin.mode." + mode;
        return mode == null ? "" : insights.messages().has(key) ? insights.messages().get(key) : mode;
    }

    private ContextMenu mergeMenu(long ideaId, long other) {
        MenuItem keepOther = new MenuItem(insights.messages().get("board.merge.into", other), new FontIcon("fth-git-merge"));
        keepOther.setOnAction(e -> insights.merge(other, ideaId));
        MenuItem keepThis = new MenuItem(insights.messages().get("board.merge.keepThis", other), new FontIcon("fth-git-merge"));
        keepThis.setOnAction(e -> insights.merge(ideaId, other));
        MenuItem openOther = new MenuItem(insights.messages().get("board.duplicate.open", other), new FontIcon("fth-external-link"));
        openOther.setOnAction(e -> open.accept(other));
        keepOther.setDisable(insights.isReadOnly());
        keepThis.setDisable(insights.isReadOnly());
        return new ContextMenu(keepOther, keepThis, openOther);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
