package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.store.SqliteProjectFiles;

/** Real SQLite project sessions, wired as the composition root does; remembers what it opened. */
final class RealSessions implements SessionFactory {
    final List<Session> opened = new ArrayList<>();
    private final SqliteProjectFiles files = new SqliteProjectFiles();

    @Override
    public Session open(Path file) {
        return session(files.open(file));
    }

    @Override
    public Session create(Path file) {
        return session(files.create(file));
    }

    private synchronized Session session(Project p) {
        Session s = new Session(p, new BriefService(p.briefs()), new BoardService(p.ideas(), () -> "tester"));
        opened.add(s);
        return s;
    }
}
