package org.offpiste.sparring;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Tactic;

/** The diversity tactics of a Diverge round, as toggles with what each does in a tooltip. */
final class TacticsPane extends FlowPane {
    static final String STYLE_CLASS = "tactics";

    TacticsPane(Composer composer, Messages m, BooleanBinding shown) {
        super(4, 4);
        setId("tactics");
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        setPrefWrapLength(200);
        Label label = new Label(m.get("sparring.tactics.label"));
        label.getStyleClass().add("tactics-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().add(label);
        for (Tactic tactic : Tactic.values()) {
            ToggleButton b = new ToggleButton(m.get("sparring.tactic." + tactic.id()));
            b.setId("tactic-" + tactic.id());
            b.getStyleClass().addAll("small", "tactic-toggle");
            b.setMnemonicParsing(false);
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            Tooltip tip = new Tooltip(m.get("sparring.tactic." + tactic.id() + ".tip"));
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDuration(Duration.seconds(30));
            b.setTooltip(tip);
            b.setAccessibleHelp(tip.getText());
            b.setSelected(composer.tactics().contains(tactic));
            b.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    composer.tactics().add(tactic);
                } else {
                    composer.tactics().remove(tactic);
                }
            });
            composer.tactics().addListener((SetChangeListener<Tactic>) c -> b.setSelected(composer.tactics().contains(tactic)));
            getChildren().add(b);
        }
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    /** Shown in Diverge when the project has the ideation engine and no message is being edited. */
    static BooleanBinding shownIn(Composer c, boolean ideation) {
        return Bindings.createBooleanBinding(() -> ideation && c.modeProperty().get() == Mode.DIVERGE
                && c.editingProperty().get() == null, c.modeProperty(), c.editingProperty());
    }
}
