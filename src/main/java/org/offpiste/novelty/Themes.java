package org.offpiste.novelty;

import java.util.List;

/** Themes: the board's ideas clustered by their embeddings into named groups. */
public interface Themes {

    /** The themes found last, as stored. */
    List<Theme> themes();

    /**
     * Finds the themes anew from the embeddings and stores them: named by the model when one
     * answers, else by their salient words. Blocking (seconds with a model): never on the FX thread.
     */
    List<Theme> find();

    Theme rename(long themeId, String name);

    /**
     * Short descriptions of the most crowded regions of the board (up to {@code max}), for a
     * "Push further" round; from the stored themes, else from a quick clustering named by words.
     */
    List<String> crowded(int max);

    void addListener(Runnable changed);

    void removeListener(Runnable changed);
}
