package org.offpiste.facilitate;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;
import org.offpiste.workshop.Agenda;

/**
 * The facilitator's panel: the agenda with the current round highlighted, a large timer, and
 * the commands that move everyone (Start/Pause, +1 min, Previous, Next round, Reveal, End). Keys:
 * Space start/pause, Page Down or N next round, Page Up or P previous, + or M one more minute, R reveal.
 */
public final class WorkshopPanel extends HBox {
    final ListView<RoundRow> rounds = new ListView<>();
    final Label title = new Label();
    final Label hint = new Label();
    final Label timer = new Label();
    final Button startPause = new Button();
    final Button addMinute;
    final Button previous;
    final Button next;
    final Button reveal;
    final CheckBox sound;
    final ComboBox<Agenda> templates = new ComboBox<>();
    private final WorkshopViewModel vm;
    private final FrameTicker ticker;
    private final Subscription subscription;

    public WorkshopPanel(WorkshopViewModel vm, Messages m, Runnable openEditor) {
        this.vm = vm;
        setId("workshop-panel");
        getStyleClass().add(FacilitateStyles.PANEL);
        getStylesheets().add(FacilitateStyles.CSS);
        rounds.setId("workshop-rounds");
        rounds.getStyleClass().add(FacilitateStyles.ROUNDS);
        rounds.setItems(vm.rounds());
        rounds.setCellFactory(l -> new RoundCell());
        rounds.setFocusTraversable(false);
        rounds.visibleProperty().bind(vm.activeProperty());
        rounds.managedProperty().bind(rounds.visibleProperty());
        title.setId("workshop-title");
        title.getStyleClass().add(FacilitateStyles.TITLE);
        title.textProperty().bind(vm.titleProperty());
        hint.setId("workshop-hint");
        hint.getStyleClass().add(FacilitateStyles.HINT);
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty());
        timer.setId("workshop-timer");
        timer.getStyleClass().add(FacilitateStyles.TIMER);
        timer.textProperty().bind(vm.timeProperty());
        startPause.setId("workshop-start");
        startPause.textProperty().bind(Bindings.when(vm.runningProperty())
                .then(m.get("workshop.panel.pause")).otherwise(m.get("workshop.panel.start")));
        startPause.graphicProperty().bind(vm.runningProperty().map(r -> Icons.of(r ? Feather.PAUSE : Feather.PLAY)));
        startPause.setDefaultButton(true);
        startPause.setOnAction(e -> vm.startOrPause());
        addMinute = button("workshop-add-minute", m.get("workshop.panel.addMinute"), Feather.PLUS, vm::addMinute);
        previous = button("workshop-previous", m.get("workshop.panel.previous"), Feather.SKIP_BACK, vm::previous);
        previous.disableProperty().bind(vm.canPreviousProperty().not().or(vm.readOnlyProperty()));
        next = button("workshop-next", m.get("workshop.panel.next"), Feather.SKIP_FORWARD, vm::next);
        reveal = button("workshop-reveal", m.get("workshop.panel.reveal"), Feather.EYE, vm::reveal);
        reveal.visibleProperty().bind(vm.canRevealProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        startPause.disableProperty().bind(vm.finishedProperty().or(vm.readOnlyProperty()));
        addMinute.disableProperty().bind(vm.finishedProperty().or(vm.readOnlyProperty()));
        next.disableProperty().bind(vm.finishedProperty().or(vm.readOnlyProperty()));
        reveal.disableProperty().bind(vm.readOnlyProperty());
        HBox controls = new HBox(previous, startPause, addMinute, next, reveal);
        controls.getStyleClass().add(FacilitateStyles.CONTROLS);
        sound = new CheckBox(m.get("workshop.panel.sound"));
        sound.setId("workshop-sound");
        sound.selectedProperty().bindBidirectional(vm.soundProperty());
        Button edit = button("workshop-edit", m.get("workshop.panel.edit"), Feather.EDIT, openEditor);
        Button end = button("workshop-end", m.get("workshop.panel.end"), Feather.SQUARE, vm::end);
        end.disableProperty().bind(vm.readOnlyProperty());
        HBox more = new HBox(sound, edit, end);
        more.getStyleClass().add(FacilitateStyles.CONTROLS);
        Label error = new Label();
        error.getStyleClass().add(FacilitateStyles.ERROR);
        error.textProperty().bind(vm.errorProperty());
        Label keys = new Label(m.get("workshop.panel.keys"));
        keys.getStyleClass().add(FacilitateStyles.ROUND_META);
        VBox running = new VBox(title, hint, timer, controls, more, keys, error);
        running.getStyleClass().add(FacilitateStyles.CENTRE);
        VBox idle = idle(m, openEditor);
        running.visibleProperty().bind(vm.activeProperty());
        idle.visibleProperty().bind(vm.activeProperty().not());
        StackPane centre = new StackPane(running, idle);
        HBox.setHgrow(centre, Priority.ALWAYS);
        getChildren().addAll(rounds, centre);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        subscription = vm.timeUpProperty().subscribe(up -> pseudoClassStateChanged(FacilitateStyles.TIME_UP, up));
        vm.relabel();
        ticker = FrameTicker.attach(this, vm::tick);
    }

    private VBox idle(Messages m, Runnable openEditor) {
        Label none = new Label(m.get("workshop.panel.none"));
        none.getStyleClass().add(FacilitateStyles.TITLE);
        none.setWrapText(true);
        templates.setId("workshop-templates");
        templates.setItems(vm.templates().all());
        templates.setConverter(AgendaNames.converter());
        templates.valueProperty().bindBidirectional(vm.chosenProperty());
        if (templates.getValue() == null && !templates.getItems().isEmpty()) {
            templates.setValue(templates.getItems().get(0));
        }
        Button start = button("workshop-begin", m.get("workshop.panel.begin"), Feather.PLAY, vm::startChosen);
        start.disableProperty().bind(templates.valueProperty().isNull().or(vm.readOnlyProperty()));
        Button edit = button("workshop-idle-edit", m.get("workshop.panel.edit"), Feather.EDIT, openEditor);
        HBox row = new HBox(templates, start, edit);
        row.getStyleClass().add(FacilitateStyles.CONTROLS);
        VBox idle = new VBox(none, row);
        idle.getStyleClass().add(FacilitateStyles.IDLE);
        idle.setAlignment(Pos.CENTER);
        return idle;
    }

    private void key(KeyEvent e) {
        if (!vm.activeProperty().get() || e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // with a modifier the key is another shortcut (Cmd+M minimises): it moves nobody
        }
        KeyCode code = e.getCode();
        boolean handled = true;
        if (code == KeyCode.SPACE) {
            vm.startOrPause();
        } else if (code == KeyCode.PAGE_DOWN || code == KeyCode.N) {
            vm.next();
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.P) {
            vm.previous();
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || code == KeyCode.M) {
            vm.addMinute();
        } else if (code == KeyCode.R && vm.canRevealProperty().get()) {
            vm.reveal();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private static Button button(String id, String text, Feather icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Stops following the workshop (the panel's window closed). */
    public void dispose() {
        ticker.dispose();
        subscription.unsubscribe();
        templates.valueProperty().unbindBidirectional(vm.chosenProperty());
        sound.selectedProperty().unbindBidirectional(vm.soundProperty());
    }
}
