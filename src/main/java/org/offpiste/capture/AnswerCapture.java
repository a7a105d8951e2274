package org.offpiste.capture;

/** Follows one answer as it streams and captures its ideas. Called from one thread at a time. */
public interface AnswerCapture {

    /** The answer so far (the whole text, not a delta). Cheap when called often. */
    void grew(String textSoFar);

    /** The answer is over: {@code complete} false when it was stopped, cut off or failed. */
    void ended(String finalText, boolean complete);
}
