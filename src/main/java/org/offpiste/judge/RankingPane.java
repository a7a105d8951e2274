package org.offpiste.judge;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.Icons;

/**
 * The ranking tab: one table putting the weighted score, the dots of a closed round and the duels'
 * win chance side by side, sortable by each column; chosen rows can be promoted to the Shortlist.
 */
public final class RankingPane extends BorderPane {
    private final RankingViewModel vm;
    private final Messages messages;
    private final TableView<RankingRow> table = new TableView<>();
    private final Label note = new Label();
    private final Subscription subscription;

    public RankingPane(RankingViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        setId("ranking-pane");
        getStyleClass().add("ranking");
        table.setId("ranking-table");
        table.getStyleClass().add(JudgeStyles.RANKING_TABLE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(titleColumn(), statusColumn(), scoreColumn(), dotsColumn(), chanceColumn()));
        Label empty = new Label(messages.get("judge.ranking.empty"));
        empty.getStyleClass().add(JudgeStyles.CALM);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        Bindings.bindContent(table.getItems(), vm.rows());
        note.getStyleClass().add(JudgeStyles.NOTE);
        note.setWrapText(true);
        setTop(toolbar());
        setCenter(table);
        setBottom(note);
        subscription = Subscription.combine(vm.failedProperty().subscribe(this::showNote),
                vm.rows().subscribe(table::sort));
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
        subscription.unsubscribe();
        Bindings.unbindContent(table.getItems(), vm.rows());
    }

    private HBox toolbar() {
        ChoiceBox<IdeaScope> scope = new ChoiceBox<>();
        scope.setId("ranking-scope");
        scope.getItems().setAll(IdeaScope.OPEN, IdeaScope.SHORTLIST, IdeaScope.ALL);
        scope.setConverter(converter(s -> messages.get(s.key())));
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        ChoiceBox<VoteRound> round = new ChoiceBox<>(vm.rounds());
        round.setId("ranking-round");
        round.setConverter(converter(VoteRound::name));
        round.valueProperty().bindBidirectional(vm.roundProperty());
        round.visibleProperty().bind(Bindings.isNotEmpty(vm.rounds()));
        round.managedProperty().bind(round.visibleProperty());
        Label noRound = new Label(messages.get("judge.ranking.noRound"));
        noRound.getStyleClass().add(JudgeStyles.NOTE);
        noRound.visibleProperty().bind(round.visibleProperty().not());
        noRound.managedProperty().bind(noRound.visibleProperty());
        Button promote = new Button(messages.get("judge.ranking.promote"), Icons.of(Feather.STAR));
        promote.setId("ranking-promote");
        promote.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(Bindings.createBooleanBinding(vm::readOnly)));
        promote.setOnAction(e -> vm.promote(table.getSelectionModel().getSelectedItems().stream()
                .map(RankingRow::id).toList()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(messages.get("judge.ranking.scope")), scope,
                new Label(messages.get("judge.ranking.round")), round, noRound, spacer, promote);
        bar.getStyleClass().add(JudgeStyles.TOOLBAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private TableColumn<RankingRow, String> titleColumn() {
        TableColumn<RankingRow, String> c = new TableColumn<>(messages.get("judge.ranking.column.title"));
        c.setId("column-title");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().idea().title()));
        c.setPrefWidth(260);
        return c;
    }

    private TableColumn<RankingRow, IdeaStatus> statusColumn() {
        TableColumn<RankingRow, IdeaStatus> c = new TableColumn<>(messages.get("judge.ranking.column.status"));
        c.setId("column-status");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().idea().status()));
        c.setCellFactory(col -> cell(s -> messages.get("board.status." + s.key())));
        c.setPrefWidth(100);
        return c;
    }

    private TableColumn<RankingRow, Double> scoreColumn() {
        TableColumn<RankingRow, Double> c = new TableColumn<>(messages.get("judge.ranking.column.score"));
        c.setId("column-score");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().score()));
        c.setCellFactory(col -> cell(v -> messages.get("judge.ranking.score", v)));
        BestFirst.on(c);
        c.setPrefWidth(90);
        return c;
    }

    private TableColumn<RankingRow, Integer> dotsColumn() {
        TableColumn<RankingRow, Integer> c = new TableColumn<>(messages.get("judge.ranking.column.dots"));
        c.setId("column-dots");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().dots()));
        c.setCellFactory(col -> cell(v -> messages.get("judge.ranking.dots", v)));
        BestFirst.on(c);
        c.setPrefWidth(80);
        return c;
    }

    private TableColumn<RankingRow, Double> chanceColumn() {
        TableColumn<RankingRow, Double> c = new TableColumn<>(messages.get("judge.ranking.column.duels"));
        c.setId("column-duels");
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().winChance()));
        c.setCellFactory(col -> new WinChanceCell(messages));
        BestFirst.on(c);
        c.setPrefWidth(220);
        return c;
    }

    private static <T> TableCell<RankingRow, T> cell(java.util.function.Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private void showNote(boolean failed) {
        note.setText(failed ? messages.get("judge.ranking.failed")
                : vm.readOnly() ? messages.get("judge.readOnly") : messages.get("judge.ranking.hint"));
    }
}
