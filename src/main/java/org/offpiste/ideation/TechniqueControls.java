package org.offpiste.ideation;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;

/** The controls the technique views share: an action button and a wrapping label. */
final class TechniqueControls {
    private TechniqueControls() {
    }

    /** A button with its glyph, its text from {@code key} and its tooltip from {@code key.tooltip}; never cut short. */
    static Button action(Messages messages, String id, Feather glyph, String key) {
        Button b = new Button(messages.get(key), new FontIcon(glyph));
        b.setId(id);
        b.getStyleClass().add("technique-action");
        b.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A label that wraps its text over as many lines as it needs, as wide as it may grow. */
    static Label wrapping(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
