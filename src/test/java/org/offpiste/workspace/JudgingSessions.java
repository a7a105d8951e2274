package org.offpiste.workspace;

import java.nio.file.Path;
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

/** Real SQLite project sessions with the judgement services, wired as the composition root does. */
final class JudgingSessions implements SessionFactory {
    private final SqliteProjectFiles files = new SqliteProjectFiles();

    @Override
    public Session open(Path file) {
        return session(files.open(file));
    }

    @Override
    public Session create(Path file) {
        return session(files.create(file));
    }

    private static Session session(Project p) {
        BriefService brief = new BriefService(p.briefs());
        SplittableRandom random = new SplittableRandom(5);
        Judgement judgement = new Judgement(
                new CriteriaService(p.criteria(), () -> brief.current().get(BriefField.SUCCESS_CRITERIA)),
                new VoteService(p.votes(), random), new DuelService(p.duels(), random));
        return new Session(p, brief, new BoardService(p.ideas(), () -> "tester"), null, null, judgement);
    }
}
