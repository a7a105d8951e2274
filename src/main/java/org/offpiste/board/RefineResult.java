package org.offpiste.board;

import org.offpiste.llm.LlmFailure;

/**
 * How a refinement ended. Only {@link Kind#REFINED} changed the board.
 *
 * @param idea        the idea as refined, for {@link Kind#REFINED}; else null
 * @param failure     the model's failure, for {@link Kind#FAILED}; else null
 * @param madeBy      "provider · model" that was asked ("" when none was)
 * @param instruction the instruction as recorded on the new version
 */
public record RefineResult(Kind kind, Idea idea, LlmFailure failure, String madeBy, String instruction) {

    public enum Kind {
        /** The new version is on the board (one step of undo). */
        REFINED,
        /** The person pressed Stop. */
        STOPPED,
        /** The answer failed, stalled or was cut off. */
        FAILED,
        /** No model is chosen: nothing was sent. */
        NO_MODEL,
        /** The answer was complete but held no idea that could be read. */
        UNREADABLE,
        /** The idea was deleted meanwhile. */
        GONE,
        /** Someone else changed the idea meanwhile: the rewrite is kept as a version, not applied. */
        CONFLICT,
        /** The project could not be written. */
        NOT_SAVED
    }

    static RefineResult of(Kind kind, String madeBy, String instruction) {
        return new RefineResult(kind, null, null, madeBy, instruction);
    }
}
