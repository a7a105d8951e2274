package org.offpiste.llm;

import java.time.Duration;
import java.util.Optional;

/** How long to wait before an attempt: the server's Retry-After when it gave one, else doubling; never over the cap. */
final class Backoff {
    private Backoff() {
    }

    /** The wait before attempt {@code next} (2-based). */
    static Duration before(int next, LlmTimeouts timeouts, Optional<Duration> retryAfter) {
        Duration max = timeouts.maxBackoff();
        if (retryAfter.isPresent()) {
            return min(retryAfter.get(), max);
        }
        Duration wait = timeouts.firstBackoff();
        for (int i = 2; i < next && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return min(wait, max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
