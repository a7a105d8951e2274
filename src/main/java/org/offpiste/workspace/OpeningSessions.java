package org.offpiste.workspace;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.project.Session;

/**
 * Sessions opened in the background that the window has not taken over yet. Whoever removes a
 * session owns it: the window when it installs it, or the window's close, which closes the rest.
 */
final class OpeningSessions {
    private static final Logger LOG = Logger.getLogger(OpeningSessions.class.getName());
    private final Set<Session> unclaimed = ConcurrentHashMap.newKeySet();

    Session opened(Session session) {
        unclaimed.add(session);
        return session;
    }

    /** True if the caller now owns {@code session}; false if a close took it meanwhile. */
    boolean claim(Session session) {
        return unclaimed.remove(session);
    }

    void closeAll() {
        for (Session s : List.copyOf(unclaimed)) {
            if (unclaimed.remove(s)) {
                try {
                    s.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Closing " + s.project().path() + " failed", e);
                }
            }
        }
    }
}
