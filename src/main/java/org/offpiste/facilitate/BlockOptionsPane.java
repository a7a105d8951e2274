package org.offpiste.facilitate;

import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import org.offpiste.i18n.Messages;
import org.offpiste.workshop.Block;

/**
 * The options of the selected block: its length, and what its kind needs (the technique of a
 * model round; dots, dots per idea and anonymity of a dot vote; the top N of duels; the rounds,
 * round length and the model's sheet of brainwriting). Built again when another block is selected.
 */
final class BlockOptionsPane extends GridPane {
    private final AgendaEditorViewModel vm;
    private final Messages m;
    private Block shown;
    private boolean editing;
    private int row;
    private Spinner<Integer> maxPerIdea;

    BlockOptionsPane(AgendaEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setId("agenda-options");
        getStyleClass().add(FacilitateStyles.OPTIONS);
        InvalidationListener follow = o -> {
            if (!editing && vm.selectedBlock() != shown) {
                build();
            }
        };
        vm.selectedProperty().addListener(follow);
        vm.blocks().addListener(follow);
        build();
    }

    private void build() {
        getChildren().clear();
        row = 0;
        shown = vm.selectedBlock();
        maxPerIdea = null;
        Label heading = new Label(shown == null ? m.get("workshop.editor.noSelection") : vm.blockName(shown));
        heading.getStyleClass().add(FacilitateStyles.HEADING);
        heading.setWrapText(true);
        add(heading, 0, row++, 2, 1);
        if (shown == null) {
            return;
        }
        Label description = new Label(vm.kindDescription(shown.kind()));
        description.setWrapText(true);
        description.getStyleClass().add(FacilitateStyles.BLOCK_META);
        add(description, 0, row++, 2, 1);
        if (shown instanceof Block.Brainwriting b) {
            spinner("agenda-rounds", "workshop.editor.rounds", 1, 12, b.rounds(), vm::setRounds);
            spinner("agenda-round-minutes", "workshop.editor.roundMinutes", 1, 20, (int) b.roundLength().toMinutes(),
                    vm::setRoundMinutes);
            return;
        }
        spinner("agenda-minutes", "workshop.editor.minutes", 1, (int) Block.LONGEST.toMinutes(),
                (int) shown.duration().toMinutes(), vm::setMinutes);
        if (shown instanceof Block.ModelRound r) {
            technique(r);
        } else if (shown instanceof Block.DotVote d) {
            spinner("agenda-dots", "workshop.editor.dots", 1, 100, d.dots(), vm::setDots);
            maxPerIdea = spinner("agenda-max-per-idea", "workshop.editor.maxPerIdea", 1, d.dots(), d.maxPerIdea(),
                    vm::setMaxPerIdea);
            check("agenda-anonymous", "workshop.editor.anonymous", d.anonymous(), vm::setAnonymous);
        } else if (shown instanceof Block.Duels d) {
            spinner("agenda-top-n", "workshop.editor.topN", 2, 100, d.topN(), vm::setTopN);
        }
    }

    private void technique(Block.ModelRound r) {
        ComboBox<TechniqueChoice> box = new ComboBox<>();
        box.setId("agenda-technique");
        box.getItems().setAll(vm.techniques());
        box.getItems().stream().filter(t -> t.id().equals(r.techniqueId())).findFirst().ifPresent(box::setValue);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(() -> vm.setTechnique(now.id()));
            }
        });
        labelled("workshop.editor.technique", box);
    }

    private Spinner<Integer> spinner(String id, String key, int min, int max, int value, IntConsumer set) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                edit(() -> set.accept(now));
            }
        });
        labelled(key, spinner);
        return spinner;
    }

    private void check(String id, String key, boolean value, java.util.function.Consumer<Boolean> set) {
        CheckBox box = new CheckBox(m.get(key));
        box.setId(id);
        box.setSelected(value);
        box.selectedProperty().addListener((o, was, now) -> edit(() -> set.accept(now)));
        add(box, 0, row++, 2, 1);
    }

    private void labelled(String key, javafx.scene.Node control) {
        Label label = new Label(m.get(key));
        label.setLabelFor(control);
        label.setMinWidth(USE_PREF_SIZE);
        add(label, 0, row);
        add(control, 1, row++);
    }

    /** Applies an edit without building the pane again; keeps the dots-per-idea bound by the dots. */
    private void edit(Runnable change) {
        editing = true;
        try {
            change.run();
        } finally {
            editing = false;
        }
        shown = vm.selectedBlock();
        if (shown instanceof Block.DotVote d && maxPerIdea != null) {
            SpinnerValueFactory.IntegerSpinnerValueFactory f =
                    (SpinnerValueFactory.IntegerSpinnerValueFactory) maxPerIdea.getValueFactory();
            f.setMax(d.dots());
            if (f.getValue() != d.maxPerIdea()) {
                f.setValue(d.maxPerIdea());
            }
        }
    }
}
