package org.offpiste.judge;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;

/**
 * A closed round's results as bars drawn by hand: each idea's title (wrapped, never cut), a bar as
 * long as its share of the most dots, and its dots and participants; most dots first.
 */
final class VoteResultsView extends VBox {
    private static final double BAR_WIDTH = 320;
    private static final double MIN_BAR = 3;

    VoteResultsView(String roundName, List<VotesViewModel.ResultBar> bars, Messages messages) {
        setSpacing(12);
        getStyleClass().add(VoteStyles.RESULTS);
        Label heading = new Label(messages.get("votes.results.title", roundName));
        heading.getStyleClass().add(VoteStyles.HEADING);
        getChildren().add(heading);
        if (bars.stream().allMatch(b -> b.dots() == 0)) {
            Label none = new Label(messages.get("votes.results.none"));
            none.getStyleClass().add(VoteStyles.HINT);
            getChildren().add(none);
        }
        GridPane grid = new GridPane();
        grid.setId("vote-results");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints titles = new ColumnConstraints(120, 260, 360);
        titles.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(titles, new ColumnConstraints(BAR_WIDTH), new ColumnConstraints());
        int row = 0;
        for (VotesViewModel.ResultBar b : bars) {
            Label title = new Label(b.title() == null ? messages.get("votes.results.goneIdea", b.ideaId()) : b.title());
            title.getStyleClass().add(VoteStyles.BAR_TITLE);
            title.setWrapText(true);
            Region bar = new Region();
            bar.getStyleClass().add(VoteStyles.BAR);
            double width = b.dots() == 0 ? MIN_BAR : Math.max(MIN_BAR, b.share() * BAR_WIDTH);
            bar.setMinWidth(width);
            bar.setPrefWidth(width);
            bar.setMaxWidth(width);
            bar.setUserData(b.ideaId());
            Label count = new Label(messages.get("votes.results.bar", b.dots(), b.voters()));
            count.getStyleClass().add(VoteStyles.BAR_COUNT);
            grid.addRow(row++, title, bar, count);
            GridPane.setValignment(title, javafx.geometry.VPos.CENTER);
        }
        grid.setAlignment(Pos.TOP_LEFT);
        getChildren().add(grid);
    }
}
