package org.offpiste.judge;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/**
 * The criteria tab of the judgement screen: who rates and which ideas, the criteria's weights, and
 * the table of ideas × criteria to rate with stars or the keyboard.
 */
public final class CriteriaPane extends BorderPane {
    private final CriteriaViewModel vm;
    private final Messages messages;
    private final RatingsTable table;
    private final Label problem = new Label();
    private final javafx.beans.value.ChangeListener<String> problemShown;

    public CriteriaPane(CriteriaViewModel vm, Messages messages, DialogService dialogs) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add(CriteriaStyles.PANE);
        getStylesheets().add(CriteriaPane.class.getResource("criteria.css").toExternalForm());
        table = new RatingsTable(vm, messages);
        setTop(new VBox(8, toolbar(), new WeightsPane(vm, messages, dialogs)));
        setCenter(table);
        Label hint = new Label(messages.get(vm.isReadOnly() ? "criteria.readOnly" : "criteria.hint"));
        hint.getStyleClass().add(CriteriaStyles.HINT);
        hint.setWrapText(true);
        problem.getStyleClass().add(CriteriaStyles.PROBLEM);
        problem.setId("criteria-problem");
        problem.managedProperty().bind(problem.visibleProperty());
        problemShown = (o, a, b) -> showProblem(b);
        vm.problemProperty().addListener(problemShown);
        showProblem(vm.problemProperty().get());
        problem.setOnMouseClicked(e -> vm.dismissProblem());
        setBottom(new VBox(4, problem, hint));
        vm.refresh();
    }

    private HBox toolbar() {
        Label raterLabel = new Label(messages.get("criteria.rater"));
        TextField rater = new TextField();
        rater.setId("criteria-rater");
        rater.setPrefColumnCount(14);
        rater.textProperty().bindBidirectional(vm.raterProperty());
        rater.setTooltip(new Tooltip(messages.get("criteria.rater.tooltip")));
        raterLabel.setLabelFor(rater);
        ComboBox<RatingScope> scope = new ComboBox<>();
        scope.setId("criteria-scope");
        scope.getItems().setAll(RatingScope.values());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(RatingScope s) {
                return s == null ? "" : messages.get("criteria.scope." + s.key());
            }

            @Override
            public RatingScope fromString(String text) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(vm.scopeProperty());
        scope.setTooltip(new Tooltip(messages.get("criteria.scope.tooltip")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, raterLabel, rater, spacer, scope);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(CriteriaStyles.TOOLBAR);
        return bar;
    }

    private void showProblem(String key) {
        problem.setVisible(key != null);
        problem.setText(key == null ? "" : messages.get(key));
    }

    /** The table of ideas × criteria (tests, focus). */
    RatingsTable table() {
        return table;
    }

    /** Stops following the view model (the view is rebuilt, e.g. for a change of language). */
    public void dispose() {
        vm.problemProperty().removeListener(problemShown);
    }
}
