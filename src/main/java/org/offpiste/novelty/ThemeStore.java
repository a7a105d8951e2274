package org.offpiste.novelty;

import java.util.List;

/** Where the board's themes are kept. */
public interface ThemeStore {

    /** The themes in their order, each with its live ideas. */
    List<Theme> themes();

    /** Replaces every theme with these (their ids are ignored); returns them with their new ids. */
    List<Theme> replace(List<Theme> themes);

    Theme rename(long themeId, String name);
}
