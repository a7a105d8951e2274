package org.offpiste.capture;

import java.util.List;
import java.util.function.Consumer;

/** Captures ideas from answers onto the board, for the window and the command line alike. */
public interface Captures {

    /** Starts following an answer; {@code captured} hears each item as it is recorded (on the caller's thread). */
    AnswerCapture follow(AnswerContext context, Consumer<Capture> captured);

    /** What was captured from this answer, in order. */
    List<Capture> of(long messageId);

    /**
     * Adds an idea a person picked from an answer. Nothing twice: the same title from the same
     * answer returns the existing capture; one whose title and body equal a live idea's is
     * recorded as its duplicate (not on the board, {@link Capture#duplicateOf()} names it).
     */
    Capture addByHand(AnswerContext context, String title, String body);
}
