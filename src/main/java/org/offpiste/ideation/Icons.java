package org.offpiste.ideation;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Feather icons named in the techniques file. */
final class Icons {
    private Icons() {
    }

    /** The Feather icon named {@code name} (e.g. "SHUFFLE"); a neutral one if the name is unknown. */
    static Ikon feather(String name) {
        try {
            return Feather.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Feather.STAR;
        }
    }
}
