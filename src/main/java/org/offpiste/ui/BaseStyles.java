package org.offpiste.ui;

import java.util.Objects;

/** The shared stylesheet every scene adds on top of the theme: type scale, spacing, shared widgets. */
public final class BaseStyles {
    public static final String URL =
            Objects.requireNonNull(BaseStyles.class.getResource("base.css"), "base.css").toExternalForm();

    private BaseStyles() {
    }
}
