package org.offpiste.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import org.offpiste.i18n.Messages;

/**
 * The ideas × the active criteria, a {@link RatingCell} each, and the weighted score (sortable,
 * unrated ideas last when the best come first). Keyboard: arrow keys or Tab move between cells,
 * 1 to 5 rates the focused one and moves on, 0 or Delete clears it.
 */
final class RatingsTable extends TableView<RatingRow> {
    private static final double RATING_WIDTH = 140;
    private static final double SCORE_WIDTH = 84;
    private final CriteriaViewModel vm;
    private final Messages messages;
    private final TableColumn<RatingRow, String> title = new TableColumn<>();
    private final TableColumn<RatingRow, Double> score = new TableColumn<>();

    RatingsTable(CriteriaViewModel vm, Messages messages) {
        this.vm = vm;
        SortedList<RatingRow> sorted = new SortedList<>(vm.getRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        this.messages = messages;
        setId("criteria-table");
        getStyleClass().add(CriteriaStyles.TABLE);
        getSelectionModel().setCellSelectionEnabled(true);
        setPlaceholder(new Label(messages.get("criteria.table.empty")));
        title.setText(messages.get("criteria.table.idea"));
        title.setCellValueFactory(c -> c.getValue().titleProperty());
        title.setMinWidth(160);
        title.setPrefWidth(220);
        score.setText(messages.get("criteria.table.score"));
        score.setId("criteria-score-column");
        score.setCellValueFactory(c -> c.getValue().weightedProperty());
        score.setComparator(Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        score.setCellFactory(c -> new ScoreCell());
        fixedWidth(score, SCORE_WIDTH); // wide enough for its header: the idea column takes the spare width
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        rebuildColumns();
        vm.getCriteria().addListener((javafx.collections.ListChangeListener<CriterionItem>) c -> rebuildColumns());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void rebuildColumns() {
        List<TableColumn<RatingRow, ?>> columns = new ArrayList<>();
        columns.add(title);
        for (CriterionItem item : vm.getCriteria()) {
            String name = CriterionLabel.of(item, messages);
            TableColumn<RatingRow, Number> column = new TableColumn<>(name);
            column.setUserData(item);
            column.setSortable(false);
            fixedWidth(column, RATING_WIDTH);
            column.getStyleClass().add(CriteriaStyles.CRITERION_COLUMN);
            column.setGraphic(header(name));
            column.setCellValueFactory(c -> c.getValue().scoreProperty(item.id()));
            column.setCellFactory(c -> new RatingCell(vm, item, messages));
            columns.add(column);
        }
        columns.add(score);
        getColumns().setAll(columns);
    }

    private static void fixedWidth(TableColumn<RatingRow, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /**
     * A criterion's name in its column header, on up to three lines, whole in its tooltip (the
     * stylesheet shows this instead of the column's own one-line text).
     */
    private static StackPane header(String name) {
        Label header = new Label(name);
        header.getStyleClass().add(CriteriaStyles.CRITERION_HEADER);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        header.setAlignment(Pos.CENTER);
        header.setPrefWidth(RATING_WIDTH - 12);
        header.setMaxWidth(RATING_WIDTH - 12);
        header.setTooltip(new Tooltip(name));
        StackPane box = new StackPane(header); // measures the label at its width: the header row grows to its lines
        box.setPrefWidth(RATING_WIDTH - 12);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private void keyPressed(KeyEvent e) {
        TablePosition<RatingRow, ?> focused = getFocusModel().getFocusedCell();
        if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            if (move(focused, e.isShiftDown() ? -1 : 1)) {
                e.consume(); // past the last cell (or before the first), Tab leaves the table
            }
            return;
        }
        int digit = digit(e.getCode());
        if (digit < 0 || focused == null || focused.getRow() < 0 || focused.getRow() >= getItems().size()
                || !(focused.getTableColumn() != null && focused.getTableColumn().getUserData() instanceof CriterionItem)) {
            return;
        }
        CriterionItem item = (CriterionItem) focused.getTableColumn().getUserData();
        vm.rate(getItems().get(focused.getRow()), item.id(), digit);
        e.consume();
        if (digit > 0) {
            move(focused, 1);
        }
    }

    /**
     * Moves to the next (or previous) criterion cell, on to the next row after the last one;
     * false (nothing moved) past the table's last cell or before its first.
     */
    private boolean move(TablePosition<RatingRow, ?> from, int step) {
        List<TableColumn<RatingRow, ?>> rating = getColumns().stream()
                .filter(c -> c.getUserData() instanceof CriterionItem).toList();
        if (rating.isEmpty() || getItems().isEmpty()) {
            return false;
        }
        int row = from == null || from.getRow() < 0 ? 0 : from.getRow();
        int col = from == null ? -1 : rating.indexOf(from.getTableColumn());
        int next = col + step;
        if (next >= rating.size()) {
            next = 0;
            row++;
        } else if (next < 0) {
            next = rating.size() - 1;
            row--;
        }
        if (row < 0 || row >= getItems().size()) {
            return false;
        }
        getSelectionModel().clearAndSelect(row, rating.get(next));
        getFocusModel().focus(row, rating.get(next));
        scrollTo(row);
        return true;
    }

    private static int digit(KeyCode code) {
        switch (code) {
            case DIGIT0: case NUMPAD0: case DELETE: case BACK_SPACE:
                return 0;
            case DIGIT1: case NUMPAD1:
                return 1;
            case DIGIT2: case NUMPAD2:
                return 2;
            case DIGIT3: case NUMPAD3:
                return 3;
            case DIGIT4: case NUMPAD4:
                return 4;
            case DIGIT5: case NUMPAD5:
                return 5;
            default:
                return -1;
        }
    }

    /** The weighted score ("3.7", or a dash), with the number of raters in its tooltip. */
    private final class ScoreCell extends TableCell<RatingRow, Double> {
        ScoreCell() {
            getStyleClass().add(CriteriaStyles.SCORE_CELL);
        }

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setText(null);
                setTooltip(null);
            } else if (value == null) {
                setText(messages.get("criteria.table.unrated"));
                setTooltip(null);
            } else {
                setText(messages.get("criteria.table.scoreValue", value));
                setTooltip(new Tooltip(messages.get("criteria.table.scoreTooltip", value,
                        getTableRow().getItem().ratersProperty().get())));
            }
        }
    }
}
