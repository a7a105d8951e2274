package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.project.BoardFeed;

/**
 * The feed of a team board: while anyone is subscribed it listens on a PostgreSQL connection of its
 * own ({@code LISTEN offpiste_board}, one for all the subscribers, so that a room of clients does
 * not use up the server's connections) on one background thread, and tells its listeners about writes
 * made by other clients (the triggers send the writer's client id; this client's own are ignored),
 * a burst at most once per {@link #COALESCE}; it notices the server going away (a failing wait or
 * ping) and tries again, {@link #FIRST_RETRY} doubling up to {@link #LAST_RETRY}, until it is back.
 */
final class PostgresFeed implements BoardFeed {
    private static final Logger LOG = Logger.getLogger(PostgresFeed.class.getName());
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
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Listener fanOut = new FanOut();
    private volatile boolean online = true;
    private PostgresFeedLoop loop;
    private ExecutorService thread;

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

    /** The first subscriber starts the listening; a subscriber arriving while the server is away is told so. */
    @Override
    public synchronized Subscription subscribe(Listener listener) {
        listeners.add(listener);
        if (loop == null) {
            online = true;
            loop = new PostgresFeedLoop(connector, ownClient, fanOut, now -> online = now);
            thread = Executors.newSingleThreadExecutor(threads);
            thread.execute(loop);
            thread.shutdown();
        } else if (!online) {
            listener.connection(false);
        }
        return () -> unsubscribe(listener);
    }

    /** The last subscriber gone, the listening stops (its connection closes within {@link #PING}). */
    private synchronized void unsubscribe(Listener listener) {
        if (listeners.remove(listener) && listeners.isEmpty()) {
            stopListening();
        }
    }

    /** The board is closing: no subscriber hears anything more. */
    synchronized void close() {
        listeners.clear();
        stopListening();
    }

    private void stopListening() {
        if (loop != null) {
            loop.stop();
            thread.shutdownNow(); // wakes a wait between two tries; a wait for news ends within PING
            loop = null;
            thread = null;
        }
    }

    /** False while a subscription finds the server gone (the board is read-only then). */
    boolean online() {
        return online;
    }

    /** Tells every subscriber; one that fails does not keep the news from the others. */
    private final class FanOut implements Listener {
        @Override
        public void changed() {
            for (Listener l : listeners) {
                safely(l::changed);
            }
        }

        @Override
        public void connection(boolean now) {
            for (Listener l : listeners) {
                safely(() -> l.connection(now));
            }
        }

        private void safely(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A board feed listener failed", e);
            }
        }
    }

    /** The wait before try number {@code failures + 1}: 0.5 s, 1 s, 2 s, 4 s, then 5 s. */
    static Duration retryDelay(int failures) {
        long ms = FIRST_RETRY.toMillis() << Math.min(failures, 10);
        return Duration.ofMillis(Math.min(ms, LAST_RETRY.toMillis()));
    }
}
