package org.offpiste.sparring;

/** An answer being produced: the person's message, the answer's row (already stored), and Stop. */
public interface Exchange {

    Message question();

    /** The answer's stored row as it was created (status STREAMING, empty text). */
    Message answer();

    /** Stops the answer; what arrived is kept and marked STOPPED. */
    void stop();
}
