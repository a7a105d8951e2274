package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records what a streaming answer reports and checks the contract: waiting/text, then ended exactly once. */
final class RecordingEvents implements StreamEvents {
    record Waiting(int attempt, Duration delay, LlmFailure cause, long atNanos) {
    }

    final List<Waiting> waits = new CopyOnWriteArrayList<>();
    final List<String> deltas = new CopyOnWriteArrayList<>();
    final List<Outcome> endings = new CopyOnWriteArrayList<>();
    final List<String> violations = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    volatile long endedAtNanos;

    @Override
    public void waiting(int attempt, Duration wait, LlmFailure cause) {
        if (!endings.isEmpty()) {
            violations.add("waiting after ended");
        }
        waits.add(new Waiting(attempt, wait, cause, System.nanoTime()));
    }

    @Override
    public void text(String delta) {
        if (!endings.isEmpty()) {
            violations.add("text after ended: " + delta);
        }
        deltas.add(delta);
    }

    @Override
    public void ended(Outcome outcome) {
        endings.add(outcome);
        endedAtNanos = System.nanoTime();
        ended.countDown();
    }

    /** Waits for the ending, then a moment more to catch a second one. */
    Outcome awaitEnd(Duration within) throws InterruptedException {
        assertThat(ended.await(within.toMillis(), TimeUnit.MILLISECONDS)).as("ended within " + within).isTrue();
        Thread.sleep(40);
        assertThat(endings).as("ended exactly once").hasSize(1);
        assertThat(violations).isEmpty();
        Outcome outcome = endings.get(0);
        assertThat(outcome.text()).as("the outcome keeps every delta").isEqualTo(String.join("", deltas));
        return outcome;
    }

    Outcome awaitEnd() throws InterruptedException {
        return awaitEnd(Duration.ofSeconds(10));
    }
}
