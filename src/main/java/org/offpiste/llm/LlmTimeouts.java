package org.offpiste.llm;

import java.time.Duration;

/**
 * How long to wait, and how often to try again.
 *
 * @param connect     to open the connection
 * @param headers     from sending the request to the response's headers
 * @param idle        the longest silence inside a streaming answer before it ends as incomplete
 * @param maxAttempts attempts in all for a 429/5xx that arrives before any text (1 = no retry)
 * @param firstBackoff the wait before the second attempt when the server sends no Retry-After;
 *                    doubled each time
 * @param maxBackoff  the longest single wait, Retry-After included
 */
public record LlmTimeouts(Duration connect, Duration headers, Duration idle, int maxAttempts,
                          Duration firstBackoff, Duration maxBackoff) {

    public static LlmTimeouts defaults() {
        return new LlmTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(45), 4,
                Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public LlmTimeouts withIdle(Duration newIdle) {
        return new LlmTimeouts(connect, headers, newIdle, maxAttempts, firstBackoff, maxBackoff);
    }
}
