package org.offpiste.facilitate;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;

/**
 * The agenda editor: a palette of the seven kinds, the blocks in order (Alt+Up / Alt+Down move
 * the selected one, Delete removes it), the selected block's options, the total time, and the
 * templates (load one; save this agenda as one).
 */
public final class AgendaEditorView extends BorderPane {
    final TextField name = new TextField();
    final ComboBox<Agenda> templates = new ComboBox<>();
    final ListView<Block> blocks = new ListView<>();
    private final AgendaEditorViewModel vm;

    public AgendaEditorView(AgendaEditorViewModel vm, Messages m, Runnable close) {
        this.vm = vm;
        setId("agenda-editor");
        getStyleClass().add(FacilitateStyles.EDITOR);
        getStylesheets().add(FacilitateStyles.CSS);
        setPadding(new Insets(14));
        setTop(top(m));
        setLeft(palette(m));
        setCenter(centre(m));
        BlockOptionsPane options = new BlockOptionsPane(vm, m);
        BorderPane.setMargin(options, new Insets(0, 0, 0, 14));
        setRight(options);
        setBottom(bottom(m, close));
    }

    private HBox top(Messages m) {
        Label nameLabel = new Label(m.get("workshop.editor.name"));
        nameLabel.setLabelFor(name);
        nameLabel.setMinWidth(Region.USE_PREF_SIZE);
        name.setId("agenda-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        templates.setId("agenda-templates");
        templates.setItems(vm.templates().all());
        templates.setConverter(AgendaNames.converter());
        templates.setPromptText(m.get("workshop.editor.templates"));
        Button load = button("agenda-load", m.get("workshop.editor.load"), Feather.DOWNLOAD, () -> vm.load(templates.getValue()));
        load.disableProperty().bind(templates.valueProperty().isNull());
        HBox top = new HBox(8, nameLabel, name, templates, load);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));
        return top;
    }

    private VBox palette(Messages m) {
        Label heading = new Label(m.get("workshop.editor.palette"));
        heading.getStyleClass().add(FacilitateStyles.HEADING);
        VBox palette = new VBox(heading);
        palette.setId("agenda-palette");
        palette.getStyleClass().add(FacilitateStyles.PALETTE);
        for (BlockKind kind : BlockKind.values()) {
            Button add = button("agenda-add-" + kind.name().toLowerCase(java.util.Locale.ROOT), vm.kindName(kind),
                    Feather.PLUS, () -> {
                        vm.add(kind);
                        blocks.requestFocus();
                    });
            add.setTooltip(new Tooltip(vm.kindDescription(kind)));
            palette.getChildren().add(add);
        }
        BorderPane.setMargin(palette, new Insets(0, 14, 0, 0));
        return palette;
    }

    private VBox centre(Messages m) {
        blocks.setId("agenda-blocks");
        blocks.setItems(vm.blocks());
        blocks.setCellFactory(l -> new BlockCell(vm));
        blocks.setPlaceholder(new Label(m.get("workshop.editor.empty")));
        vm.selectedProperty().subscribe(i -> {
            if (blocks.getSelectionModel().getSelectedIndex() != i.intValue()) {
                blocks.getSelectionModel().clearAndSelect(i.intValue());
            }
        });
        blocks.getSelectionModel().selectedIndexProperty().subscribe(i -> {
            if (i.intValue() >= 0) {
                vm.selectedProperty().set(i.intValue());
            }
        });
        blocks.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        VBox.setVgrow(blocks, Priority.ALWAYS);
        Button up = button("agenda-up", m.get("workshop.editor.up"), Feather.ARROW_UP, vm::moveUp);
        Button down = button("agenda-down", m.get("workshop.editor.down"), Feather.ARROW_DOWN, vm::moveDown);
        Button remove = button("agenda-remove", m.get("workshop.editor.remove"), Feather.TRASH_2, vm::remove);
        up.disableProperty().bind(vm.selectedProperty().lessThan(1));
        down.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() < 0 || vm.selectedProperty().get() >= vm.blocks().size() - 1,
                vm.selectedProperty(), vm.blocks()));
        remove.disableProperty().bind(vm.selectedProperty().lessThan(0));
        for (Button b : new Button[] {up, down, remove}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Label total = new Label();
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.setId("agenda-total");
        total.getStyleClass().add(FacilitateStyles.TOTAL);
        total.textProperty().bind(vm.totalProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, up, down, remove, gap, total);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, blocks, row);
    }

    private VBox bottom(Messages m, Runnable close) {
        Label notice = new Label();
        notice.setId("agenda-notice");
        notice.getStyleClass().add(FacilitateStyles.NOTICE);
        notice.textProperty().bind(vm.noticeProperty());
        Label problem = new Label();
        problem.setId("agenda-problem");
        problem.getStyleClass().add(FacilitateStyles.PROBLEM);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.templates().problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Button save = button("agenda-save", m.get("workshop.editor.save"), Feather.SAVE, vm::saveAsTemplate);
        Button start = button("agenda-start", m.get("workshop.editor.start"), Feather.PLAY, () -> {
            vm.startOnBoard();
            close.run();
        });
        start.disableProperty().bind(vm.emptyBinding());
        start.setDefaultButton(true);
        Button closeButton = button("agenda-close", m.get("workshop.editor.close"), null, close);
        closeButton.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, notice, gap, save, start, closeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8, problem, buttons);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        return bottom;
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            vm.moveUp();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            vm.moveDown();
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.remove();
        } else {
            return;
        }
        e.consume();
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, icon == null ? null : Icons.of(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
