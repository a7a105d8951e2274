package org.offpiste.sparring;

import java.time.Duration;
import org.offpiste.capture.Capture;
import org.offpiste.llm.LlmFailure;

/**
 * Follows one answer as it arrives. Called on a background thread; a view model coalesces
 * {@link #text} to at most one screen update per frame.
 */
public interface ExchangeListener {

    /** The provider is waiting before trying again (429/5xx). */
    void waiting(int attempt, Duration wait, LlmFailure cause);

    void text(String delta);

    /** An idea of the answer was recognised and recorded (on the board, or as a duplicate). */
    default void captured(Capture capture) {
    }

    /** The answer is over and stored as {@code answer} (its status says how it ended). */
    void ended(Message answer, LlmFailure failure);
}
