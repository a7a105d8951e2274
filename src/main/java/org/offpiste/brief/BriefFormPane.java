package org.offpiste.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.offpiste.i18n.Messages;

/** The brief's fields as a scrollable form, in a few sections, each control bound to its ViewModel property. */
final class BriefFormPane extends ScrollPane {
    static final String STYLE = "brief-form";
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    static final PseudoClass WEAK = PseudoClass.getPseudoClass("weak");
    private static final Map<BriefField, Integer> ROWS = Map.of(
            BriefField.OBJECTIVE, 2, BriefField.AUDIENCE, 3, BriefField.INSIGHT, 3, BriefField.CHANNELS, 2,
            BriefField.TONE, 2, BriefField.CONSTRAINTS, 3, BriefField.CLICHES, 2, BriefField.SUCCESS_CRITERIA, 2,
            BriefField.NOTES, 6);

    /** The tallest an area grows before it scrolls. */
    private static final double MAX_HEIGHT = 420;
    /** Room an area takes around its text: padding and border at the sides (with a scroll bar), at the ends. */
    private static final double AREA_SIDES = 34;
    private static final double AREA_ENDS = 20;

    private final Messages messages;
    private final Map<BriefField, Control> controls = new EnumMap<>(BriefField.class);
    private final Map<BriefField, Label> labels = new EnumMap<>(BriefField.class);
    private final List<Control> order = new ArrayList<>();
    private final VBox content = new VBox();

    BriefFormPane(BriefViewModel viewModel, Messages messages) {
        this.messages = messages;
        getStyleClass().add(STYLE);
        content.getStyleClass().add("brief-form-content");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setContent(content);
        BooleanBinding locked = viewModel.readOnlyProperty().or(viewModel.loadedProperty().not());
        section("essentials", viewModel, locked, BriefField.TITLE, BriefField.CLIENT, BriefField.LANGUAGE);
        section("people", viewModel, locked, BriefField.OBJECTIVE, BriefField.AUDIENCE, BriefField.INSIGHT);
        section("voice", viewModel, locked, BriefField.CHANNELS, BriefField.TONE, BriefField.CLICHES);
        section("frame", viewModel, locked, BriefField.CONSTRAINTS, BriefField.SUCCESS_CRITERIA);
        section("notes", viewModel, locked, BriefField.NOTES);
    }

    Control control(BriefField field) {
        return controls.get(field);
    }

    /** Puts the caret in {@code field} and scrolls it into view. */
    void focus(BriefField field) {
        Control control = controls.get(field);
        control.requestFocus();
        scrollTo(labels.get(field), false);
    }

    /** Marks the labels of the fields that lack something. */
    void mark(List<BriefFinding> findings) {
        labels.forEach((f, label) -> {
            label.pseudoClassStateChanged(MISSING, findings.stream()
                    .anyMatch(x -> x.field() == f && x.severity() == BriefFinding.Severity.MISSING));
            label.pseudoClassStateChanged(WEAK, findings.stream()
                    .anyMatch(x -> x.field() == f && x.severity() == BriefFinding.Severity.WEAK));
        });
    }

    private void section(String name, BriefViewModel viewModel, BooleanBinding locked, BriefField... fields) {
        VBox section = new VBox();
        section.getStyleClass().add("brief-section");
        Label title = new Label(messages.get("brief.section." + name));
        title.getStyleClass().add("brief-section-title");
        section.getChildren().add(title);
        for (BriefField f : fields) {
            Control control = control(f, viewModel, locked);
            Label label = new Label(messages.get("brief.field." + f.key() + ".label"));
            Circle dot = new Circle(3);
            dot.getStyleClass().add("brief-field-dot");
            label.setGraphic(dot);
            label.setLabelFor(control);
            label.getStyleClass().add("brief-field-label");
            label.setOnMouseClicked(e -> control.requestFocus());
            VBox box = new VBox(label, control);
            box.getStyleClass().add("brief-field");
            section.getChildren().add(box);
            controls.put(f, control);
            labels.put(f, label);
            order.add(control);
        }
        content.getChildren().add(section);
    }

    private Control control(BriefField f, BriefViewModel viewModel, BooleanBinding locked) {
        String prompt = messages.get("brief.field." + f.key() + ".prompt");
        Control control;
        if (f == BriefField.LANGUAGE) {
            ComboBox<String> combo = new ComboBox<>();
            combo.getItems().setAll(messages.get("brief.languages").split("\\|"));
            combo.setEditable(true);
            combo.setPromptText(prompt);
            combo.valueProperty().bindBidirectional(viewModel.fieldProperty(f));
            combo.disableProperty().bind(locked);
            combo.setMaxWidth(Double.MAX_VALUE);
            control = combo;
        } else if (f.multiline()) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(ROWS.getOrDefault(f, 3));
            area.setPromptText(prompt);
            area.textProperty().bindBidirectional(viewModel.fieldProperty(f));
            area.editableProperty().bind(locked.not());
            area.addEventFilter(KeyEvent.KEY_PRESSED, this::tabLeavesTheArea);
            growWithText(area);
            control = area;
        } else {
            TextField field = new TextField();
            field.setPromptText(prompt);
            field.textProperty().bindBidirectional(viewModel.fieldProperty(f));
            field.editableProperty().bind(locked.not());
            control = field;
        }
        control.setId("brief-field-" + f.key());
        control.getStyleClass().add("brief-input");
        control.setAccessibleText(messages.get("brief.field." + f.key() + ".label"));
        return control;
    }

    /** The area grows with its text (up to {@link #MAX_HEIGHT}), so a person sees all of it while the form scrolls. */
    private static void growWithText(TextArea area) {
        Text probe = new Text();
        Runnable fit = () -> {
            probe.setFont(area.getFont());
            probe.setText(area.getText().isEmpty() ? area.getPromptText() : area.getText());
            probe.setWrappingWidth(Math.max(40, area.getWidth() - AREA_SIDES));
            double lineHeight = probe.getFont().getSize() * 1.5;
            double wanted = Math.max(probe.getLayoutBounds().getHeight(), area.getPrefRowCount() * lineHeight);
            area.setPrefHeight(Math.min(MAX_HEIGHT, wanted + AREA_ENDS));
        };
        area.textProperty().addListener((obs, old, now) -> fit.run());
        area.widthProperty().addListener((obs, old, now) -> fit.run());
        area.fontProperty().addListener((obs, old, now) -> fit.run());
        fit.run();
    }

    /** Tab moves to the next field (Shift+Tab back) instead of typing a tab character. */
    private void tabLeavesTheArea(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        int i = order.indexOf((Control) e.getSource());
        int next = e.isShiftDown() ? i - 1 : i + 1;
        if (next >= 0 && next < order.size()) {
            order.get(next).requestFocus();
            scrollTo(order.get(next), true);
            e.consume();
        }
    }

    /** Scrolls so that {@code node} is near the top; if {@code onlyIfHidden}, only when it is not fully visible. */
    private void scrollTo(Node node, boolean onlyIfHidden) {
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewportHeight) {
            return;
        }
        double scrolled = getVvalue() * (contentHeight - viewportHeight);
        boolean visible = inContent.getMinY() >= scrolled && inContent.getMaxY() <= scrolled + viewportHeight;
        if (onlyIfHidden && visible) {
            return;
        }
        double top = Math.max(0, inContent.getMinY() - 16);
        setVvalue(Math.min(1, top / (contentHeight - viewportHeight)));
    }
}
