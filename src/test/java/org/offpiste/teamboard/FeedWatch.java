package org.offpiste.teamboard;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.offpiste.project.BoardFeed;

/**
 * What a client's {@link BoardFeed} has told it: a generation that grows at every "changed" (so a
 * reader can wait for news after what it last read, without polling the server), and the server's
 * comings and goings.
 */
final class FeedWatch implements BoardFeed.Listener {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition news = lock.newCondition();
    private long generation;
    private int offline;
    private int online;
    private boolean up = true;

    @Override
    public void changed() {
        lock.lock();
        try {
            generation++;
            news.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void connection(boolean now) {
        lock.lock();
        try {
            if (now) {
                online++;
            } else {
                offline++;
            }
            up = now;
            generation++;
            news.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until something happened after {@code seen}; false when {@code nanos} passed first. */
    boolean awaitAfter(long seen, long nanos) throws InterruptedException {
        return await(() -> generation != seen, nanos);
    }

    /** Waits until the feed has told of the server going away and coming back; false when {@code nanos} passed first. */
    boolean awaitBack(long nanos) throws InterruptedException {
        return await(() -> offline > 0 && up, nanos);
    }

    /** Waits until {@code done} holds (read under the lock); false when {@code nanos} passed first. */
    private boolean await(BooleanSupplier done, long nanos) throws InterruptedException {
        lock.lock();
        try {
            long left = nanos;
            while (!done.getAsBoolean()) {
                if (left <= 0) {
                    return false;
                }
                left = news.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** {@code changes=N offline=N online=N}: N changes reported (bursts once), the server gone N times and back N times. */
    String summary() {
        lock.lock();
        try {
            return "changes=" + (generation - offline - online) + " offline=" + offline + " online=" + online;
        } finally {
            lock.unlock();
        }
    }

    long nanosLeft(long deadline) {
        return deadline - System.nanoTime();
    }

    static long deadline(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
