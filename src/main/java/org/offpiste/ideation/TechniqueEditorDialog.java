package org.offpiste.ideation;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.BaseStyles;

/**
 * Every field of a technique, in the interface's language: name, summary, when to use, steps,
 * the model's instructions with their placeholders, the draw, minutes and icon. The fields are
 * bound to a {@link TechniqueEditorViewModel}; ControlsFX marks a field with a problem and the
 * problems are also written out under the form. Save is enabled once there is none.
 */
final class TechniqueEditorDialog extends Dialog<Boolean> {
    static final String STYLE_CLASS = "technique-editor";
    final TextField name = new TextField();
    final TextArea summary = area(2);
    final TextArea whenToUse = area(2);
    final TextArea steps = area(5);
    final TextArea instructions = area(7);
    final ComboBox<DrawKind> draw = new ComboBox<>();
    final Spinner<Integer> minutes = new Spinner<>(1, 480, 20, 5);
    final ComboBox<String> icon = new ComboBox<>();
    final Label problems = new Label();
    final ButtonType save;
    private final ValidationSupport validation = new ValidationSupport();

    TechniqueEditorDialog(Window owner, TechniqueEditorViewModel vm, Messages m) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(vm.title());
        setHeaderText(vm.title());
        setResizable(true);
        getDialogPane().getStyleClass().addAll("offpiste-dialog", STYLE_CLASS);
        getDialogPane().getStylesheets().addAll(BaseStyles.URL,
                TechniqueEditorDialog.class.getResource("ideation.css").toExternalForm());
        getDialogPane().setId("technique-editor");
        save = new ButtonType(m.get("ideation.editor.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(m.get("ideation.editor.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("technique-editor-save");
        saveButton.disableProperty().bind(vm.validBinding().not());
        setResultConverter(type -> type == save);

        name.setId("technique-name");
        summary.setId("technique-summary");
        whenToUse.setId("technique-when");
        steps.setId("technique-steps");
        instructions.setId("technique-instructions");
        name.textProperty().bindBidirectional(vm.nameProperty());
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        whenToUse.textProperty().bindBidirectional(vm.whenToUseProperty());
        steps.textProperty().bindBidirectional(vm.stepsProperty());
        instructions.textProperty().bindBidirectional(vm.instructionsProperty());

        draw.setId("technique-draw");
        draw.getItems().setAll(DrawKind.values());
        draw.setCellFactory(l -> new DrawCell(m));
        draw.setButtonCell(new DrawCell(m));
        draw.valueProperty().bindBidirectional(vm.drawProperty());
        minutes.setId("technique-minutes");
        minutes.setEditable(true);
        minutes.getValueFactory().setValue(vm.minutesProperty().get());
        minutes.valueProperty().addListener((o, was, now) -> vm.minutesProperty().set(now == null ? 1 : now));
        icon.setId("technique-icon");
        icon.getItems().setAll(vm.icons());
        if (!icon.getItems().contains(vm.iconProperty().get())) {
            icon.getItems().add(0, vm.iconProperty().get());
        }
        icon.setCellFactory(l -> new IconCell());
        icon.setButtonCell(new IconCell());
        icon.valueProperty().bindBidirectional(vm.iconProperty());

        validate(name, vm::nameProblem);
        validate(instructions, vm::instructionsProblem);
        validate(summary, vm::placeholderProblem);
        validate(whenToUse, vm::placeholderProblem);
        validate(steps, vm::placeholderProblem);

        problems.setId("technique-problems");
        problems.getStyleClass().add("technique-editor-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems()),
                vm.validBinding(), vm.nameProperty(), vm.instructionsProperty(), vm.stepsProperty(),
                vm.summaryProperty(), vm.whenToUseProperty(), vm.drawProperty()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        getDialogPane().setContent(content(vm, m));
    }

    private Node content(TechniqueEditorViewModel vm, Messages m) {
        VBox form = new VBox();
        form.getStyleClass().add("technique-editor-form");
        form.getChildren().addAll(field(m, "ideation.editor.name", name),
                field(m, "ideation.editor.summary", summary),
                field(m, "ideation.editor.whenToUse", whenToUse),
                field(m, "ideation.editor.steps", steps),
                field(m, "ideation.editor.instructions", instructions));
        Label help = TechniqueControls.wrapping("technique-editor-help", vm.placeholderHelp());
        help.setId("technique-placeholder-help");
        form.getChildren().add(help);
        FlowPane settings = new FlowPane(field(m, "ideation.editor.draw", draw),
                field(m, "ideation.editor.minutes", minutes), field(m, "ideation.editor.icon", icon));
        settings.getStyleClass().add("technique-editor-settings");
        form.getChildren().add(settings);

        VBox box = new VBox();
        box.getStyleClass().add("technique-editor-box");
        if (!vm.note().isEmpty()) {
            Label note = TechniqueControls.wrapping("technique-editor-note", vm.note());
            note.setId("technique-editor-note");
            note.setGraphic(new FontIcon(Feather.INFO));
            box.getChildren().add(note);
        }
        Label language = TechniqueControls.wrapping("technique-editor-help", m.get("ideation.editor.language"));
        box.getChildren().addAll(language, form, problems);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("technique-editor-scroll");
        scroll.setPrefViewportHeight(520);
        return scroll;
    }

    /** A label above its field. */
    private static VBox field(Messages m, String key, Control control) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("technique-editor-label");
        l.setLabelFor(control);
        l.setMinWidth(Region.USE_PREF_SIZE);
        control.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(l, control);
        box.getStyleClass().add("technique-editor-field");
        return box;
    }

    private void validate(TextInputControl field, Function<String, Optional<String>> problem) {
        validation.registerValidator(field, false, (Control c, String value) -> {
            Optional<String> p = problem.apply(value);
            return ValidationResult.fromErrorIf(c, p.orElse(""), p.isPresent());
        });
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private static final class DrawCell extends ListCell<DrawKind> {
        private final Messages m;

        DrawCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(DrawKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : m.get("ideation.editor.draw." + item.name().toLowerCase(Locale.ROOT)));
        }
    }

    private static final class IconCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : new FontIcon(Icons.feather(item)));
            setAccessibleText(item);
        }
    }
}
