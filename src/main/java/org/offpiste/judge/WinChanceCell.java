package org.offpiste.judge;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.Standing;
import org.offpiste.ranking.Strength;

/**
 * The duels' word on an idea: "62 % (41–80 %) · 7 duels", and under it a small bar showing the
 * interval and the point, so that a wide interval looks as uncertain as it is.
 */
final class WinChanceCell extends TableCell<RankingRow, Double> {
    private static final double BAR_WIDTH = 120;
    private final Messages messages;
    private final Pane bar = new Pane();
    private final Region range = new Region();
    private final Region point = new Region();
    private final Label text = new Label();
    private final VBox box = new VBox(3, text, bar);

    WinChanceCell(Messages messages) {
        this.messages = messages;
        bar.getStyleClass().add(JudgeStyles.INTERVAL);
        range.getStyleClass().add(JudgeStyles.INTERVAL_RANGE);
        point.getStyleClass().add(JudgeStyles.INTERVAL_POINT);
        range.setManaged(false);
        point.setManaged(false);
        bar.getChildren().addAll(range, point);
        bar.setPrefSize(BAR_WIDTH, 6);
        bar.setMaxSize(BAR_WIDTH, 6);
        bar.setMinSize(BAR_WIDTH, 6);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Double item, boolean empty) {
        super.updateItem(item, empty);
        RankingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (row == null) {
            setGraphic(null);
            return;
        }
        boolean noDuels = row.standing().strength() == null;
        bar.setVisible(!noDuels); // still laid out: every row keeps the same height
        if (noDuels) {
            text.setText(messages.get("judge.ranking.noDuels"));
            if (!text.getStyleClass().contains(JudgeStyles.MUTED)) {
                text.getStyleClass().add(JudgeStyles.MUTED);
            }
            setGraphic(box);
            return;
        }
        text.getStyleClass().remove(JudgeStyles.MUTED);
        Standing s = row.standing();
        text.setText(text(messages, s));
        Strength st = s.strength();
        range.resizeRelocate(st.low() * BAR_WIDTH, 0, Math.max(2, (st.high() - st.low()) * BAR_WIDTH), 6);
        point.resizeRelocate(Math.min(BAR_WIDTH - 3, Math.max(0, st.winChance() * BAR_WIDTH - 1.5)), 0, 3, 6);
        setGraphic(box);
    }

    /** "62 % (41–80 %) · 7 duels", or "… · few duels" below {@link Standing#FEW_DUELS}. */
    static String text(Messages messages, Standing s) {
        Strength st = s.strength();
        long p = Math.round(st.winChance() * 100);
        long lo = Math.round(st.low() * 100);
        long hi = Math.round(st.high() * 100);
        return s.fewDuels() ? messages.get("judge.ranking.chanceFew", p, lo, hi, st.duels())
                : messages.get("judge.ranking.chance", p, lo, hi, st.duels());
    }
}
