package org.offpiste.novelty;

import java.util.Optional;
import org.offpiste.llm.LlmFailure;

/**
 * Where the banal baseline stands for the current brief version.
 *
 * @param baseline the baseline used for distances (this version's, else the newest earlier one)
 * @param failure  why the last attempt failed (status FAILED)
 */
public record BaselineState(Status status, Optional<Baseline> baseline, Optional<LlmFailure> failure) {

    public enum Status {
        /** This brief version has its baseline. */
        READY,
        /** Being asked for now. */
        RUNNING,
        /** None yet for this version (an earlier version's may be in use). */
        MISSING,
        /** No model answers: it will be asked for when one does. */
        NO_MODEL,
        /**
         * A model is chosen but the embedding model cannot run on this machine: a baseline could
         * not be measured against, so none is asked for (a kind of {@link #NO_MODEL}).
         */
        NO_EMBEDDER,
        FAILED
    }
}
