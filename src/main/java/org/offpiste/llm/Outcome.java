package org.offpiste.llm;

import java.util.Objects;

/**
 * How an answer ended and everything that arrived: on every ending, the text is all the text
 * received, never less.
 */
public record Outcome(Ending ending, String text, LlmFailure failure) {
    public Outcome {
        Objects.requireNonNull(ending, "ending");
        text = text == null ? "" : text;
        if ((ending == Ending.COMPLETE || ending == Ending.STOPPED) != (failure == null)) {
            throw new IllegalArgumentException("a failure goes with INCOMPLETE or FAILED only");
        }
    }
}
