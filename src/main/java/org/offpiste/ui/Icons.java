package org.offpiste.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons, sized by the stylesheet through the {@code icon} style class. */
public final class Icons {
    public static final String STYLE_CLASS = "icon";

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(STYLE_CLASS);
        return icon;
    }

    /** An icon with an extra style class (e.g. a colour role). */
    public static FontIcon of(Ikon ikon, String styleClass) {
        FontIcon icon = of(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
