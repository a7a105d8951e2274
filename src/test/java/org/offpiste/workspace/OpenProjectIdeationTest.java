package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.ideation.Tactic;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.sparring.FakeSparring;
import org.offpiste.sparring.MemoryIdeation;
import org.offpiste.sparring.TacticsMemory;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectFrameScheduler;
import org.offpiste.ui.DirectTaskExecutor;

/** An open project gives the sparring pane the ideation engine when its session has one, and lets go of it. */
class OpenProjectIdeationTest {
    @TempDir
    Path dir;

    @Test
    void aSessionWithTheIdeationEngineGivesThePaneItsCapturedIdeasAndTheProjectsTactics() {
        MemoryIdeation ideation = new MemoryIdeation();
        try (Project project = new SqliteProjectFiles().create(dir.resolve("a.offpiste"))) {
            project.conversations().putSetting(TacticsMemory.KEY, "persona-pool");
            Session session = new Session(project, new BriefService(project.briefs()),
                    new BoardService(project.ideas(), () -> "tester"), new FakeSparring(), ideation.ideation());
            OpenProject open = OpenProject.of(session, new DirectTaskExecutor(), support(), new RecordingDialogs());

            assertThat(open.sparring().ideas()).isNotNull();
            assertThat(open.sparring().composer().tactics()).isEqualTo(Set.of(Tactic.PERSONA_POOL));
            assertThat(ideation.listeners()).isPositive(); // the strip (and the board) follow the meter
            open.retire();
            assertThat(ideation.listeners()).isZero();
        }
    }

    @Test
    void withoutTheEngineThePaneShowsNoCapturedIdeasNorTactics() {
        try (Project project = new SqliteProjectFiles().create(dir.resolve("b.offpiste"))) {
            Session session = new Session(project, new BriefService(project.briefs()),
                    new BoardService(project.ideas(), () -> "tester"), new FakeSparring());
            OpenProject open = OpenProject.of(session, new DirectTaskExecutor(), support(), new RecordingDialogs());
            assertThat(open.sparring().ideas()).isNull();
            assertThat(open.sparring().composer().tactics()).isEqualTo(Tactic.defaults());
            open.retire();
        }
    }

    private static SparringSupport support() {
        return new SparringSupport(Session::sparring, new DirectFrameScheduler(true), null);
    }
}
