package org.offpiste.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopState;

/** A silent round's ideas stay off the projector until the facilitator reveals them. */
class SealedSlidesTest {
    @TempDir
    Path dir;

    @Test
    void thePresentedInboxLeavesOutOthersSealedIdeas() {
        Project project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        Session session = new Session(project, new BriefService(project.briefs()),
                new BoardService(project.ideas(), () -> "Ana"));
        try (session) {
            Agenda agenda = new Agenda("Kick-off", List.of(new Block.SilentIdeation(Duration.ofMinutes(8))));
            project.ideas().add(new NewIdea("Before", "", List.of(), IdeaStatus.INBOX, "Bo"));
            project.workshop().save(new WorkshopState(agenda, 0, false, null, Duration.ofMinutes(8), false));
            project.ideas().add(new NewIdea("Theirs", "", List.of(), IdeaStatus.INBOX, "Bo"));

            List<String> titles = new SlideReader(session).read(IdeaStatus.INBOX).stream().map(Slide::title).toList();

            assertThat(titles).containsExactly("Before");
        }
    }
}
