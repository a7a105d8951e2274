package org.offpiste.judge;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.Icons;

/**
 * The active criteria with their weights (0 to 5, step 0.5), the person's own ones with rename and
 * remove, and a field to add one.
 */
final class WeightsPane extends FlowPane {
    private final CriteriaViewModel vm;
    private final Messages messages;
    private final DialogService dialogs;
    private final Label heading;
    private final HBox add;

    WeightsPane(CriteriaViewModel vm, Messages messages, DialogService dialogs) {
        super(10, 6);
        this.vm = vm;
        this.messages = messages;
        this.dialogs = dialogs;
        getStyleClass().add(CriteriaStyles.WEIGHTS);
        heading = new Label(messages.get("criteria.weights"));
        heading.getStyleClass().add(CriteriaStyles.WEIGHT_NAME);
        TextField name = new TextField();
        name.setId("criteria-new");
        name.setPromptText(messages.get("criteria.add.prompt"));
        name.textProperty().bindBidirectional(vm.newCriterionProperty());
        name.setOnAction(e -> vm.addOwn());
        Button addButton = new Button(messages.get("criteria.add"), Icons.of(Feather.PLUS));
        addButton.setId("criteria-add");
        addButton.setOnAction(e -> vm.addOwn());
        addButton.disableProperty().bind(vm.newCriterionProperty().isEmpty());
        add = new HBox(4, name, addButton);
        add.setAlignment(Pos.CENTER_LEFT);
        add.setDisable(vm.isReadOnly());
        rebuild();
        vm.getCriteria().addListener((ListChangeListener<CriterionItem>) c -> rebuild());
    }

    private void rebuild() {
        getChildren().setAll(heading);
        for (CriterionItem item : vm.getCriteria()) {
            getChildren().add(chip(item));
        }
        getChildren().add(add);
    }

    private HBox chip(CriterionItem item) {
        String label = CriterionLabel.of(item, messages);
        Label name = new Label(label);
        Spinner<Double> weight = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 5,
                item.weightProperty().get(), 0.5));
        weight.setId("criteria-weight-" + item.id());
        weight.setEditable(true);
        weight.setPrefWidth(78);
        weight.setDisable(vm.isReadOnly());
        weight.setTooltip(new Tooltip(messages.get("criteria.weight.tooltip", label)));
        weight.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.setWeight(item, b);
            }
        });
        item.weightProperty().addListener((o, a, b) -> weight.getValueFactory().setValue(b.doubleValue()));
        HBox chip = new HBox(4, name, weight);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add(CriteriaStyles.WEIGHT_CHIP);
        if (item.isOwn() && !vm.isReadOnly()) {
            chip.getChildren().addAll(button(Feather.EDIT_2, messages.get("criteria.rename.tooltip", label),
                    () -> rename(item, label)), button(Feather.X, messages.get("criteria.remove.tooltip", label),
                    () -> vm.removeOwn(item)));
        }
        return chip;
    }

    private void rename(CriterionItem item, String label) {
        if (dialogs != null) {
            dialogs.askText(messages.get("criteria.rename.title"), messages.get("criteria.rename.message", label), label)
                    .ifPresent(n -> vm.renameOwn(item, n));
        }
    }

    private static Button button(Feather icon, String tooltip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().add(CriteriaStyles.SMALL_BUTTON);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
