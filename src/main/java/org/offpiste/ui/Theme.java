package org.offpiste.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/**
 * The look of the whole program: AtlantaFX Primer, light or dark. Applied as the user-agent
 * stylesheet, so every window (dialogs too) follows it; feature sheets use its looked-up colours.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    /** The name kept in the settings. */
    public String id() {
        return id;
    }

    /** The theme named {@code id} in the settings; light for anything unknown. */
    public static Theme of(String id) {
        return id != null && DARK.id.equals(id.strip().toLowerCase(Locale.ROOT)) ? DARK : LIGHT;
    }

    /** Makes this theme the look of every window (JavaFX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
