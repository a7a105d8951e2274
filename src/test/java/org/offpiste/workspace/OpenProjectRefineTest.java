package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.AppContext;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.RefineState;
import org.offpiste.board.RefineViewModel;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.ScriptedProvider;
import org.offpiste.ui.DirectFrameScheduler;
import org.offpiste.ui.DirectTaskExecutor;

/** The window's project gets Refine in the idea editor, wired from the application's own session. */
class OpenProjectRefineTest {
    @TempDir
    Path dir;

    @Test
    void theIdeaEditorOffersRefineWithTheProjectsModelAndTheModelSettings() {
        AppContext context = new AppContext(new AppDirs(dir.resolve("config"), dir.resolve("logs"), dir.resolve("projects")),
                java.util.Map.of(), new ScriptedProvider());
        AtomicInteger settings = new AtomicInteger();
        try (Session session = context.createForCommand(dir.resolve("r.offpiste"))) {
            assertThat(session.refiner()).isNotNull();
            Idea idea = session.board().add("Night pass", "", List.of(), IdeaStatus.INBOX);
            DirectTaskExecutor executor = new DirectTaskExecutor();
            OpenProject open = OpenProject.of(session, executor,
                    new SparringSupport(Session::sparring, new DirectFrameScheduler(true), null), new RecordingDialogs());
            open.useRefining(settings::incrementAndGet);

            RefineViewModel refine = open.boardInsights().details(idea.id(), text -> { }).refine();

            assertThat(refine).isNotNull();
            assertThat(refine.stateProperty().get()).isIn(RefineState.READY, RefineState.NO_MODEL);
            refine.openSettings();
            assertThat(settings).hasValue(1);
            open.retire();
        }
    }
}
