package org.offpiste.facilitate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Project;

/** A real project whose feed the test drives, as a team board's would tell of others' changes. */
final class FeedProject {
    final List<BoardFeed.Listener> listeners = new CopyOnWriteArrayList<>();
    final Project project;

    FeedProject(Project real) {
        BoardFeed feed = listener -> {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        };
        project = (Project) Proxy.newProxyInstance(Project.class.getClassLoader(), new Class<?>[] {Project.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("feed")) {
                        return feed;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The server went away ({@code false}) or came back ({@code true}). */
    void connection(boolean online) {
        listeners.forEach(l -> l.connection(online));
    }

    /** Someone else changed the board. */
    void othersChanged() {
        listeners.forEach(BoardFeed.Listener::changed);
    }
}
