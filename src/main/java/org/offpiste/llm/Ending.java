package org.offpiste.llm;

/** How an answer ended. */
public enum Ending {
    /** The model finished (a finish reason arrived). */
    COMPLETE,
    /** The person pressed Stop; what arrived is kept. */
    STOPPED,
    /** Text arrived, then the stream broke, stalled, closed early or was cut by a length limit. */
    INCOMPLETE,
    /** Nothing usable arrived: the request failed (bad key, unknown model, unreachable, retries exhausted…). */
    FAILED
}
