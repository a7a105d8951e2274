package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueItem;
import org.offpiste.ui.Icons;

/**
 * The composer at the bottom of the pane: the modes (with what each does in a tooltip), the
 * technique and the diversity tactics for Diverge, the board's selected ideas, the text, Send / Stop,
 * Push further and Show prompt. Enter sends; Shift+Enter starts a new line; Ctrl+Shift+Enter pushes
 * further (Diverge); Escape stops the answer (or leaves Edit &amp; resend).
 */
final class ComposerPane extends VBox {
    static final String STYLE_CLASS = "composer";
    final TextArea text = new TextArea();
    final Button send;
    final Button stop;
    final Button showPrompt;
    final Button pushFurther;
    final ComboBox<TechniqueItem> technique = new ComboBox<>();
    final Label ideas = new Label();
    private final ToggleGroup modes = new ToggleGroup();

    ComposerPane(SparringViewModel vm, Messages m) {
        super(8);
        getStyleClass().add(STYLE_CLASS);
        Composer c = vm.composer();
        FlowPane modeRow = new FlowPane(4, 4);
        modeRow.getStyleClass().add("mode-row");
        for (Mode mode : Mode.values()) {
            ToggleButton b = new ToggleButton(m.get("sparring.mode." + mode.name()));
            b.setId("mode-" + mode.id());
            b.getStyleClass().add("mode-button");
            b.setUserData(mode);
            b.setToggleGroup(modes);
            b.setTooltip(new Tooltip(m.get("sparring.mode.tip." + mode.name())));
            b.getTooltip().setWrapText(true);
            b.getTooltip().setMaxWidth(360);
            b.setMnemonicParsing(false);
            b.setSelected(c.modeProperty().get() == mode);
            modeRow.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always chosen
            } else {
                c.modeProperty().set((Mode) now.getUserData());
            }
        });
        c.modeProperty().addListener((o, was, now) -> modes.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));

        technique.setId("technique-picker");
        technique.getStyleClass().add("technique-picker");
        technique.getItems().add(null);
        technique.getItems().addAll(vm.techniques());
        vm.techniques().addListener((ListChangeListener<TechniqueItem>) change -> {
            String chosen = c.techniqueIdProperty().get();
            List<TechniqueItem> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.techniques());
            technique.getItems().setAll(items);
            technique.setValue(vm.techniques().stream().filter(t -> t.id().equals(chosen)).findFirst().orElse(null));
        });
        technique.setCellFactory(l -> new TechniqueCell(m));
        technique.setButtonCell(new TechniqueCell(m));
        technique.setAccessibleText(m.get("sparring.composer.technique"));
        technique.setValue(vm.techniques().stream().filter(t -> t.id().equals(c.techniqueIdProperty().get()))
                .findFirst().orElse(null));
        technique.valueProperty().addListener((o, was, now) -> c.techniqueIdProperty().set(now == null ? null : now.id()));
        c.techniqueIdProperty().addListener((o, was, now) -> { // chosen elsewhere (a workshop's model round)
            if (technique.getValue() == null ? now != null : !technique.getValue().id().equals(now)) {
                technique.setValue(vm.techniques().stream().filter(t -> t.id().equals(now)).findFirst().orElse(null));
            }
        });
        technique.visibleProperty().bind(Bindings.createBooleanBinding(() -> c.modeProperty().get().usesTechnique()
                && c.editingProperty().get() == null, c.modeProperty(), c.editingProperty()));
        technique.managedProperty().bind(technique.visibleProperty());

        ideas.setId("ideas-chip");
        ideas.getStyleClass().add("ideas-chip");
        ideas.setWrapText(true);
        ideas.textProperty().bind(Bindings.createStringBinding(() -> c.selectedIdeas().isEmpty()
                ? m.get("sparring.composer.noIdeas") : m.get("sparring.composer.ideas", c.selectedIdeas().size()),
                c.selectedIdeas()));
        ideas.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(c.selectedIdeas().isEmpty()
                ? Feather.INFO : Feather.LAYERS), c.selectedIdeas()));
        ideas.visibleProperty().bind(Bindings.createBooleanBinding(() -> c.modeProperty().get().usesSelectedIdeas()
                && c.editingProperty().get() == null, c.modeProperty(), c.editingProperty()));
        ideas.managedProperty().bind(ideas.visibleProperty());
        c.needsIdeasBinding().subscribe(n -> ideas.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("missing"), n));
        HBox options = new HBox(8, technique, ideas);
        options.setAlignment(Pos.CENTER_LEFT);
        options.managedProperty().bind(technique.visibleProperty().or(ideas.visibleProperty()));
        options.visibleProperty().bind(options.managedProperty());

        Label editing = new Label(m.get("sparring.composer.editing"), Icons.of(Feather.EDIT_2));
        editing.setWrapText(true);
        editing.getStyleClass().add("composer-editing-text");
        HBox.setHgrow(editing, Priority.ALWAYS);
        editing.setMaxWidth(Double.MAX_VALUE);
        Button cancelEdit = new Button(m.get("sparring.composer.cancelEdit"));
        cancelEdit.setId("composer-cancel-edit");
        cancelEdit.getStyleClass().add("flat");
        cancelEdit.setOnAction(e -> vm.cancelEdit());
        HBox editBar = new HBox(8, editing, cancelEdit);
        editBar.setAlignment(Pos.CENTER_LEFT);
        editBar.getStyleClass().add("composer-editing");
        editBar.visibleProperty().bind(c.editingProperty().isNotNull());
        editBar.managedProperty().bind(editBar.visibleProperty());

        text.setId("composer-text");
        text.getStyleClass().add("composer-text");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.textProperty().bindBidirectional(c.textProperty());
        text.promptTextProperty().bind(Bindings.createStringBinding(() -> m.get(c.modeProperty().get() == Mode.REFINE
                ? "sparring.composer.promptRefine" : "sparring.composer.prompt"), c.modeProperty()));
        BooleanBinding diverging = TacticsPane.shownIn(c, vm.ideas() != null);
        TacticsPane tactics = new TacticsPane(c, m, diverging);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && e.isShortcutDown()) {
                e.consume();
                if (diverging.get()) {
                    vm.pushFurther();
                }
            } else if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                vm.send();
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                text.insertText(text.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ESCAPE && vm.runningProperty().get()) {
                e.consume();
                vm.stop();
            } else if (e.getCode() == KeyCode.ESCAPE && c.editingProperty().get() != null) {
                e.consume();
                vm.cancelEdit();
            }
        });

        showPrompt = new Button(m.get("sparring.composer.showPrompt"), Icons.of(Feather.CODE));
        showPrompt.setId("composer-show-prompt");
        showPrompt.getStyleClass().add("flat");
        showPrompt.setTooltip(new Tooltip(m.get("sparring.composer.showPromptTip")));
        showPrompt.disableProperty().bind(c.editingProperty().isNotNull());
        send = new Button(m.get("sparring.composer.send"), Icons.of(Feather.SEND));
        send.setId("composer-send");
        send.getStyleClass().addAll("accent", "composer-send");
        send.setTooltip(new Tooltip(m.get("sparring.composer.sendTip")));
        send.setDefaultButton(false);
        send.disableProperty().bind(vm.canSendBinding().not());
        send.visibleProperty().bind(vm.runningProperty().not());
        send.managedProperty().bind(send.visibleProperty());
        send.setOnAction(e -> vm.send());
        stop = new Button(m.get("sparring.composer.stop"), Icons.of(Feather.SQUARE));
        stop.setId("composer-stop");
        stop.getStyleClass().addAll("danger", "composer-stop");
        stop.setTooltip(new Tooltip(m.get("sparring.composer.stopTip")));
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.disableProperty().bind(vm.stoppableProperty().not());
        stop.setOnAction(e -> vm.stop());
        showPrompt.setOnAction(e -> vm.showPromptPreview());
        pushFurther = new Button(m.get("sparring.composer.pushFurther"), Icons.of(Feather.TRENDING_UP));
        pushFurther.setId("composer-push-further");
        pushFurther.getStyleClass().add("composer-push-further");
        Tooltip pushTip = new Tooltip(m.get("sparring.composer.pushFurtherTip"));
        pushTip.setWrapText(true);
        pushTip.setMaxWidth(380);
        pushFurther.setTooltip(pushTip);
        pushFurther.visibleProperty().bind(diverging.and(vm.runningProperty().not()));
        pushFurther.managedProperty().bind(pushFurther.visibleProperty());
        pushFurther.disableProperty().bind(vm.canSendBinding().not());
        pushFurther.setMinWidth(Region.USE_PREF_SIZE);
        pushFurther.setOnAction(e -> vm.pushFurther());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        send.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        showPrompt.setMinWidth(36);
        technique.setMinWidth(80);
        modeRow.setMinWidth(0);
        modeRow.setPrefWrapLength(200);
        HBox buttons = new HBox(8, showPrompt, spacer, pushFurther, send, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(modeRow, options, tactics, editBar, text, buttons);
    }

    private static final class TechniqueCell extends ListCell<TechniqueItem> {
        private final Messages m;

        TechniqueCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(TechniqueItem item, boolean empty) {
            super.updateItem(item, empty);
            setMnemonicParsing(false);
            setText(empty ? null : item == null ? m.get("sparring.composer.anyTechnique") : item.name());
        }
    }
}
