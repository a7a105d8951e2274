package org.offpiste.llm;

import java.time.Duration;

/**
 * What a streaming answer tells its caller, on a background thread, in this order: any number
 * of {@link #waiting} and {@link #text} calls, then exactly one {@link #ended} — whatever
 * happens, including a stalled or silently closed stream (the provider's own watchdog ends it).
 */
public interface StreamEvents {

    /** A 429/5xx arrived before any text; the next attempt ({@code attempt}, 2-based) starts after {@code wait}. */
    void waiting(int attempt, Duration wait, LlmFailure cause);

    /** More text of the answer (a token or a few). */
    void text(String delta);

    /** The answer is over. Called once. */
    void ended(Outcome outcome);
}
