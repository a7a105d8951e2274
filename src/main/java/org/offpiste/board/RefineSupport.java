package org.offpiste.board;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.offpiste.llm.ProviderSettings;

/**
 * What the idea editor needs to refine with a model, for one open project: the refiner, the
 * provider and model the project uses now (followed live, so the control knows when one is
 * chosen), and how to open the model settings. Keeps the last refinement's outcome so that the
 * editor, opened again on the new version, can still say what happened.
 *
 * @param provider null when the window cannot follow it (the refiner is then asked)
 */
public final class RefineSupport {
    private final IdeaRefiner refiner;
    private final ObservableValue<ProviderSettings> provider;
    private final Runnable openSettings;
    private RefineResult last;

    public RefineSupport(IdeaRefiner refiner, ObservableValue<ProviderSettings> provider, Runnable openSettings) {
        this.refiner = refiner;
        this.provider = provider;
        this.openSettings = openSettings;
    }

    IdeaRefiner refiner() {
        return refiner;
    }

    Optional<ObservableValue<ProviderSettings>> provider() {
        return Optional.ofNullable(provider);
    }

    void openSettings() {
        openSettings.run();
    }

    /** Remembers a refinement that changed the board (UI thread). */
    void refined(RefineResult result) {
        last = result;
    }

    /** The refinement of this idea just made, once (UI thread). */
    Optional<RefineResult> takeRefined(long ideaId) {
        RefineResult r = last;
        if (r != null && r.idea() != null && r.idea().id() == ideaId) {
            last = null;
            return Optional.of(r);
        }
        return Optional.empty();
    }
}
