package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.project.BoardFeed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One subscription of a {@link PostgresFeed}: connect, LISTEN, wait for notifications (pinging the
 * server when quiet), and on any failure report the server gone once and connect again after a
 * growing wait. Listening (at first, and back online), it reports one change: someone may have
 * written while it was not listening.
 */
final class PostgresFeedLoop implements Runnable {
    private static final Logger LOG = Logger.getLogger(PostgresFeedLoop.class.getName());
    private final PostgresFeed.Connector connector;
    private final String ownClient;
    private final BoardFeed.Listener listener;
    private final Consumer<Boolean> state;
    private volatile boolean stopped;
    private boolean online = true;

    PostgresFeedLoop(PostgresFeed.Connector connector, String ownClient, BoardFeed.Listener listener,
                     Consumer<Boolean> state) {
        this.connector = connector;
        this.ownClient = ownClient;
        this.listener = listener;
        this.state = state;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        int failures = 0;
        while (!stopped) {
            Connection c;
            try {
                c = connector.open();
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.FINE, "Team board server unreachable", e);
                report(false);
                if (!pause(failures++)) {
                    return;
                }
                continue;
            }
            failures = 0;
            try (c) {
                listen(c);
                report(true);
                changed(); // what others wrote while this client was not listening (or before it first did)
                pump(c);
            } catch (SQLException | RuntimeException e) {
                // The server went away (or the connection broke): one immediate new try tells which.
                LOG.log(Level.FINE, "Team board connection lost", e);
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PostgresFeed.CHANNEL);
        }
    }

    /** Waits for news until the connection fails or the subscription stops; a burst is reported once per COALESCE. */
    private void pump(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long coalesce = PostgresFeed.COALESCE.toNanos();
        long ping = PostgresFeed.PING.toNanos();
        long quietUntil = System.nanoTime();
        long lastPing = System.nanoTime();
        boolean owed = false;
        while (!stopped) {
            long now = System.nanoTime();
            long waitNanos = owed ? quietUntil - now : lastPing + ping - now;
            PGNotification[] news = pg.getNotifications((int) Math.max(1, waitNanos / 1_000_000));
            owed |= foreign(news);
            now = System.nanoTime();
            if (owed && now - quietUntil >= 0 && !stopped) {
                owed = false;
                quietUntil = now + coalesce;
                changed();
            }
            if (now - lastPing >= ping) {
                if (!c.isValid(2)) {
                    throw new SQLException("the team board's server does not answer");
                }
                lastPing = System.nanoTime();
            }
        }
    }

    private boolean foreign(PGNotification[] news) {
        if (news == null) {
            return false;
        }
        for (PGNotification n : news) {
            if (!ownClient.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    private void report(boolean now) {
        if (online == now || stopped) {
            return;
        }
        online = now;
        state.accept(now);
        try {
            listener.connection(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A board feed listener failed", e);
        }
    }

    private void changed() {
        if (stopped) {
            return;
        }
        try {
            listener.changed();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A board feed listener failed", e);
        }
    }

    /** Waits before the next try; false when the subscription was closed meanwhile. */
    private boolean pause(int failures) {
        try {
            Thread.sleep(PostgresFeed.retryDelay(failures).toMillis());
            return !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
