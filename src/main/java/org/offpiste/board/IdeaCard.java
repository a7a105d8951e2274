package org.offpiste.board;

import javafx.css.PseudoClass;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** One idea as a card: status badge and time, title, a few lines of body, tag chips, author. */
final class IdeaCard extends VBox {
    private static final int MAX_TAGS = 4;
    private static final PseudoClass PLACEHOLDER = PseudoClass.getPseudoClass("placeholder");
    private final Messages messages;
    private final TimeText time;
    private final Consumer<String> onTag;
    private final Label badge = new Label();
    private final Label updated = new Label();
    private final Label title = new Label();
    private final Label body = new Label();
    private final HBox tags = new HBox(6);
    private final Label author = new Label();
    private final Label score = new Label();
    private IdeaStatus shownStatus;
    private NoveltyBadge novelty;
    private final HBox top;

    IdeaCard(Messages messages, TimeText time, Consumer<String> onTag) {
        this.messages = messages;
        this.time = time;
        this.onTag = onTag;
        getStyleClass().add(BoardStyles.CARD);
        badge.getStyleClass().add(BoardStyles.STATUS_BADGE);
        updated.getStyleClass().add(BoardStyles.CARD_META);
        title.getStyleClass().add(BoardStyles.CARD_TITLE);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        body.getStyleClass().add(BoardStyles.CARD_BODY);
        body.setWrapText(true);
        body.setMinHeight(0);
        body.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMaxHeight(Double.MAX_VALUE);
        tags.getStyleClass().add(BoardStyles.CARD_TAGS);
        tags.setAlignment(Pos.CENTER_LEFT);
        tags.setMinWidth(0);
        HBox.setHgrow(tags, Priority.ALWAYS);
        author.getStyleClass().add(BoardStyles.CARD_META);
        author.setGraphic(new FontIcon("fth-user"));
        author.setMinWidth(Region.USE_PREF_SIZE);
        updated.setMinWidth(Region.USE_PREF_SIZE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        score.getStyleClass().addAll(BoardStyles.CARD_META, BoardStyles.CARD_SCORE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        score.managedProperty().bind(score.visibleProperty());
        score.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        top = new HBox(8, badge, spacer, score, updated);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(8, tags, author);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, title, body, bottom);
        setMinWidth(0);
    }

    /** Adds the engine's line (novelty, duplicate flag, origin, theme) above the tags. */
    void addNovelty(NoveltyBadge badge) {
        novelty = badge;
        getChildren().add(getChildren().size() - 1, badge);
        top.getChildren().add(1, badge.meta());
    }

    /** Shows the engine's figures of the idea shown (if the card has the engine's line). */
    void showFigures(long ideaId, java.util.Optional<CardFigures.Figures> figures) {
        if (novelty != null) {
            novelty.show(ideaId, figures);
        }
    }

    /** Shows the idea's weighted score on the criteria ("★ 3.7"), or nothing when it was not rated. */
    void showScore(java.util.Optional<org.offpiste.ranking.IdeaScore> weighted) {
        score.setVisible(weighted.isPresent());
        if (weighted.isPresent()) {
            score.setText(messages.get("board.card.score", weighted.get().score()));
            score.setTooltip(new Tooltip(messages.get("board.card.scoreTooltip", weighted.get().score(),
                    weighted.get().raters())));
        } else {
            score.setTooltip(null);
        }
    }

    void show(Idea idea, Instant now) {
        pseudoClassStateChanged(PLACEHOLDER, false);
        setStatus(idea.status());
        badge.setText(messages.get("board.badge." + idea.status().key()));
        updated.setText(time.relative(idea.updatedAt(), now));
        updated.setTooltip(new Tooltip(messages.get("board.card.times",
                time.absolute(idea.createdAt()), time.absolute(idea.updatedAt()))));
        title.setText(idea.title());
        body.setText(idea.body());
        body.setVisible(!idea.body().isBlank());
        author.setText(idea.author());
        showTags(idea.tags());
    }

    void showLoading() {
        pseudoClassStateChanged(PLACEHOLDER, true);
        setStatus(null);
        badge.setText("");
        updated.setText("");
        updated.setTooltip(null);
        title.setText(messages.get("board.card.loading"));
        body.setText("");
        author.setText("");
        tags.getChildren().clear();
        score.setVisible(false);
        if (novelty != null) {
            novelty.clear();
        }
    }

    private void setStatus(IdeaStatus status) {
        if (shownStatus != null) {
            pseudoClassStateChanged(StatusDotPane.pseudoClass(shownStatus), false);
        }
        shownStatus = status;
        if (status != null) {
            pseudoClassStateChanged(StatusDotPane.pseudoClass(status), true);
        }
    }

    private void showTags(List<String> list) {
        tags.getChildren().clear();
        for (String tag : list.subList(0, Math.min(MAX_TAGS, list.size()))) {
            Button chip = new Button(tag);
            chip.getStyleClass().add(BoardStyles.TAG_CHIP);
            chip.setFocusTraversable(false);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(messages.get("board.tag.filterBy", tag)));
            chip.setOnAction(e -> onTag.accept(tag));
            tags.getChildren().add(chip);
        }
        if (list.size() > MAX_TAGS) {
            Label more = new Label(messages.get("board.tag.more", list.size() - MAX_TAGS));
            more.getStyleClass().add(BoardStyles.TAG_MORE);
            more.setMinWidth(Region.USE_PREF_SIZE);
            tags.getChildren().add(more);
        }
    }
}
