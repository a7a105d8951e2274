package org.offpiste.sparring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.offpiste.llm.LlmFailure;

/** Hears one answer: its deltas, its waits and its end. */
public class RecordingListener implements ExchangeListener {
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> waits = new ArrayList<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile Message answer;
    private volatile LlmFailure failure;

    @Override
    public synchronized void waiting(int attempt, Duration wait, LlmFailure cause) {
        waits.add(attempt);
    }

    @Override
    public synchronized void text(String delta) {
        text.append(delta);
    }

    @Override
    public void ended(Message stored, LlmFailure cause) {
        this.answer = stored;
        this.failure = cause;
        end.countDown();
    }

    public Message awaitEnd() throws InterruptedException {
        if (!end.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the answer did not end");
        }
        return answer;
    }

    public boolean ended() {
        return end.getCount() == 0;
    }

    public synchronized String text() {
        return text.toString();
    }

    public synchronized List<Integer> waits() {
        return List.copyOf(waits);
    }

    public LlmFailure failure() {
        return failure;
    }

    /** Waits until at least {@code length} characters arrived. */
    public void awaitText(int length) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (text().length() < length) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + text().length() + " characters arrived");
            }
            Thread.sleep(5);
        }
    }
}
