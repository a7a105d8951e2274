package org.offpiste.facilitate;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/**
 * The current round in every window on the board: its name, what to do, and the countdown. Shown
 * only while a workshop runs; it follows the shared state.
 */
public final class RoundStrip extends HBox {
    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label time = new Label();
    private final FrameTicker ticker;
    private final Subscription subscription;

    public RoundStrip(WorkshopViewModel vm, Messages messages) {
        getStyleClass().add(FacilitateStyles.STRIP);
        getStylesheets().add(FacilitateStyles.CSS);
        setId("round-strip");
        title.setId("round-strip-title");
        title.getStyleClass().add(FacilitateStyles.STRIP_TITLE);
        title.setGraphic(Icons.of(Feather.CLOCK));
        title.setMinWidth(USE_PREF_SIZE);
        hint.setId("round-strip-hint");
        hint.getStyleClass().add(FacilitateStyles.STRIP_HINT);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        time.setId("round-strip-time");
        time.getStyleClass().add(FacilitateStyles.STRIP_TIME);
        time.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(title, hint, time);
        title.textProperty().bind(vm.titleProperty());
        hint.textProperty().bind(vm.hintProperty());
        time.textProperty().bind(vm.timeProperty());
        managedProperty().bind(visibleProperty());
        subscription = Subscription.combine(vm.activeProperty().subscribe(this::setVisible),
                vm.timeUpProperty().subscribe(up -> pseudoClassStateChanged(FacilitateStyles.TIME_UP, up)));
        vm.relabel();
        ticker = FrameTicker.attach(this, vm::tick);
    }

    /** Stops following the workshop (the window's content is rebuilt). */
    public void dispose() {
        ticker.dispose();
        subscription.unsubscribe();
        title.textProperty().unbind();
        hint.textProperty().unbind();
        time.textProperty().unbind();
    }
}
