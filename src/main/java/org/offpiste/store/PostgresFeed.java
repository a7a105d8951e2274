package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.offpiste.project.BoardFeed;

/**
 * The feed of a team board: each subscription listens on a PostgreSQL connection of its own
 * ({@code LISTEN offpiste_board}) on one background thread, and tells its listener about writes
 * made by other clients (the triggers send the writer's client id; this client's own are ignored),
 * a burst at most once per {@link #COALESCE}; it notices the server going away (a failing wait or
 * ping) and tries again, {@link #FIRST_RETRY} doubling up to {@link #LAST_RETRY}, until it is back.
 */
final class PostgresFeed implements BoardFeed {
    /** The channel the board's triggers notify. */
    static final String CHANNEL = "offpiste_board";
    /** Changes closer together than this are reported once (the first at once, the rest after). */
    static final Duration COALESCE = Duration.ofMillis(100);
    /** How often a quiet connection is asked whether the server is still there. */
    static final Duration PING = Duration.ofSeconds(1);
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LAST_RETRY = Duration.ofSeconds(5);

    /** Opens a new connection to the board's database (the feed's own, never shared). */
    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final String ownClient;
    private final ThreadFactory threads;
    private volatile boolean online = true;

    /**
     * @param ownClient this client's id ({@code offpiste.client}): notifications carrying it are its own writes
     * @param threads   makes the one thread each subscription listens on
     */
    PostgresFeed(Connector connector, String ownClient, ThreadFactory threads) {
        this.connector = connector;
        this.ownClient = ownClient;
        this.threads = threads;
    }

    /** Daemon threads named {@code offpiste-feed}. */
    static ThreadFactory daemonThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        return r -> {
            Thread t = base.newThread(r);
            t.setName("offpiste-feed");
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public Subscription subscribe(Listener listener) {
        PostgresFeedLoop loop = new PostgresFeedLoop(connector, ownClient, listener, now -> online = now);
        ExecutorService thread = Executors.newSingleThreadExecutor(threads);
        thread.execute(loop);
        thread.shutdown();
        return () -> {
            loop.stop();
            thread.shutdownNow(); // wakes a wait between two tries; a wait for news ends within PING
        };
    }

    /** False while a subscription finds the server gone (the board is read-only then). */
    boolean online() {
        return online;
    }

    /** The wait before try number {@code failures + 1}: 0.5 s, 1 s, 2 s, 4 s, then 5 s. */
    static Duration retryDelay(int failures) {
        long ms = FIRST_RETRY.toMillis() << Math.min(failures, 10);
        return Duration.ofMillis(Math.min(ms, LAST_RETRY.toMillis()));
    }
}
