package org.offpiste.novelty;

import java.util.Optional;

/** Where banal baselines are kept, one per brief version. */
public interface BaselineStore {

    Optional<Baseline> baseline(long briefVersionId);

    /** The baseline of the newest brief version that has one. */
    Optional<Baseline> latest();

    /** Replaces the baseline of its brief version. */
    void save(Baseline baseline);
}
