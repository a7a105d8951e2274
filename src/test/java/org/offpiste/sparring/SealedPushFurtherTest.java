package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.brief.Brief;
import org.offpiste.ideation.Draw;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopState;

/** Push further lists the board's titles in the prompt (which Show prompt shows): never others' sealed ones. */
class SealedPushFurtherTest {
    @TempDir
    Path dir;

    @Test
    void theBoardTitlesOfAPushLeaveOutOthersSealedIdeas() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("p.offpiste"))) {
            p.ideas().add(new NewIdea("Open one", "", List.of(), IdeaStatus.INBOX, "Bo"));
            Agenda agenda = new Agenda("Kick-off", List.of(new Block.SilentIdeation(Duration.ofMinutes(8))));
            p.workshop().save(new WorkshopState(agenda, 0, false, null, Duration.ofMinutes(8), false));
            p.ideas().add(new NewIdea("Sealed one", "", List.of(), IdeaStatus.INBOX, "Bo"));
            p.ideas().add(new NewIdea("My sealed one", "", List.of(), IdeaStatus.INBOX, "Ana"));
            IdeationLink link = new IdeationLink(null, null, new BoardService(p.ideas(), () -> "Ana"));

            DivergeExtras extras = link.extras(new Turn("More", Mode.DIVERGE, null, List.of(), Set.of(), true),
                    Brief.empty(), Locale.ENGLISH, Draw.none(), null, false);

            assertThat(extras.boardTitles()).containsExactlyInAnyOrder("Open one", "My sealed one");
        }
    }
}
