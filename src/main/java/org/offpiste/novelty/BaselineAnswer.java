package org.offpiste.novelty;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.Outcome;
import org.offpiste.llm.StreamEvents;

/**
 * Collects one streamed answer so that a background thread can wait for its end (the baseline
 * and the names of the themes are not shown as they arrive).
 */
final class BaselineAnswer implements StreamEvents {
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Outcome outcome;

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        // the provider retries by itself; the caller waits for the end either way
    }

    @Override
    public void text(String delta) {
        // the whole text comes with the outcome
    }

    @Override
    public void ended(Outcome result) {
        outcome = result;
        ended.countDown();
    }

    /** The outcome, or empty when it did not end within {@code timeout}. */
    Optional<Outcome> await(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(outcome) : Optional.empty();
    }
}
