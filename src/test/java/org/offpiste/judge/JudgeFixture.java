package org.offpiste.judge;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.TaskExecutor;

/** A real project file with the services of the judgement screen, as the composition root wires them. */
final class JudgeFixture implements AutoCloseable {
    final Project project;
    final BoardService board;
    final BriefService brief;
    final Judgement judgement;

    JudgeFixture(Path file) {
        project = new SqliteProjectFiles().create(file);
        brief = new BriefService(project.briefs());
        board = new BoardService(project.ideas(), () -> "Ana");
        SplittableRandom random = new SplittableRandom(11);
        judgement = new Judgement(new CriteriaService(project.criteria(),
                () -> brief.current().get(BriefField.SUCCESS_CRITERIA)),
                new VoteService(project.votes(), random), new DuelService(project.duels(), random));
    }

    JudgeFixture briefTitled(String title) {
        brief.save(Brief.empty().with(BriefField.TITLE, title));
        return this;
    }

    Idea idea(String title, IdeaStatus status) {
        return board.add(title, "About " + title, List.of("night"), status);
    }

    JudgeContext context(TaskExecutor executor, boolean readOnly) {
        return new JudgeContext(board, judgement, brief, () -> "Ana", executor, readOnly);
    }

    @Override
    public void close() {
        project.close();
    }
}
