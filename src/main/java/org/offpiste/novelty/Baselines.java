package org.offpiste.novelty;

/** The banal baseline of the project: asked for once per brief version, visibly, when a model answers. */
public interface Baselines {

    BaselineState state();

    /** Asks for the current brief version's baseline if it has none and none is running. Returns at once. */
    void ensure();

    /** Asks for it again, replacing this version's. Returns at once. */
    void regenerate();

    void addListener(Runnable changed);

    void removeListener(Runnable changed);
}
