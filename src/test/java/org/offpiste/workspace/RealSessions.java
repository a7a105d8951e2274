package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.SqliteProjectFiles;

/**
 * Real SQLite project sessions, wired as the composition root does (with the judgement services
 * when asked for); remembers what it opened.
 */
final class RealSessions implements SessionFactory {
    final List<Session> opened = new ArrayList<>();
    private final SqliteProjectFiles files = new SqliteProjectFiles();
    private final boolean judging;

    RealSessions() {
        this(false);
    }

    private RealSessions(boolean judging) {
        this.judging = judging;
    }

    /** Sessions with criteria, votes and duels (a fixed random seed). */
    static RealSessions judging() {
        return new RealSessions(true);
    }

    @Override
    public Session open(Path file) {
        return session(files.open(file));
    }

    @Override
    public Session create(Path file) {
        return session(files.create(file));
    }

    private synchronized Session session(Project p) {
        BriefService brief = new BriefService(p.briefs());
        BoardService board = new BoardService(p.ideas(), () -> "tester");
        Session s = judging ? new Session(p, brief, board, null, null, judgement(p, brief)) : new Session(p, brief, board);
        opened.add(s);
        return s;
    }

    private static Judgement judgement(Project p, BriefService brief) {
        SplittableRandom random = new SplittableRandom(5);
        return new Judgement(new CriteriaService(p.criteria(), () -> brief.current().get(BriefField.SUCCESS_CRITERIA)),
                new VoteService(p.votes(), random), new DuelService(p.duels(), random));
    }
}
