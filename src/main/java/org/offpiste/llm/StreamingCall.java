package org.offpiste.llm;

/** A running answer. */
public interface StreamingCall {

    /**
     * Stops the answer now: the connection is closed and {@link StreamEvents#ended} is called
     * with {@link Ending#STOPPED} and the text received so far (unless it had already ended).
     */
    void stop();

    boolean isDone();
}
