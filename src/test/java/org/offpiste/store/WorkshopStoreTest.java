package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopState;

/** The running workshop in a real project file. */
class WorkshopStoreTest {
    private static final Agenda AGENDA = new Agenda("Kick-off", List.of(
            new Block.SilentIdeation(Duration.ofMinutes(8)),
            new Block.ModelRound(Duration.ofMinutes(10), "scamper"),
            new Block.DotVote(Duration.ofMinutes(5), 4, 2, false),
            new Block.Duels(Duration.ofMinutes(6), 3),
            new Block.Brainwriting(3, Duration.ofMinutes(4), false)));

    @TempDir
    Path dir;

    @Test
    void aNewBoardHasNoWorkshop() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("a.offpiste"))) {
            assertThat(p.workshop().load()).isEmpty();
        }
    }

    @Test
    void aSavedStateSurvivesReopeningWithItsAgendaTimerAndFlags() {
        Path file = dir.resolve("a.offpiste");
        Instant ends = Instant.parse("2026-11-29T10:15:30.250Z");
        WorkshopState running = new WorkshopState(AGENDA, 2, true, ends, Duration.ofSeconds(90), false);
        try (Project p = new SqliteProjectFiles().create(file)) {
            p.workshop().save(running);
        }
        try (Project p = new SqliteProjectFiles().open(file)) {
            assertThat(p.workshop().load()).contains(running);
            assertThat(StoreTesting.scalar(p, "SELECT running || '/' || revealed || '/' || ends_at FROM workshop_state"))
                    .isEqualTo("1/0/2026-11-29T10:15:30.250Z");
        }
    }

    @Test
    void ideasWrittenInAnUnrevealedSilentRoundAreSeenOnlyByTheirAuthorUntilTheReveal() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("a.offpiste"))) {
            long before = p.ideas().add(new NewIdea("Before", "", List.of(), IdeaStatus.INBOX, "Ana")).id();
            WorkshopState silent = new WorkshopState(AGENDA, 0, false, null, Duration.ofMinutes(8), false);
            p.workshop().save(silent);
            long mine = p.ideas().add(new NewIdea("Mine", "", List.of(), IdeaStatus.INBOX, "Ana")).id();
            long theirs = p.ideas().add(new NewIdea("Theirs", "", List.of(), IdeaStatus.INBOX, "Bo")).id();
            assertThat(ids(p, "Ana")).containsExactlyInAnyOrder(before, mine);
            assertThat(ids(p, "Bo")).containsExactlyInAnyOrder(before, theirs);
            assertThat(p.ideas().countByStatus(IdeaQuery.all().withViewer("Bo")).get(IdeaStatus.INBOX)).isEqualTo(2);
            assertThat(ids(p, null)).as("commands and exports see every idea").hasSize(3);
            p.workshop().save(new WorkshopState(AGENDA, 0, false, null, Duration.ofMinutes(8), true));
            assertThat(ids(p, "Ana")).hasSize(3);
            long after = p.ideas().add(new NewIdea("After", "", List.of(), IdeaStatus.INBOX, "Bo")).id();
            assertThat(ids(p, "Ana")).contains(after);
        }
    }

    private static List<Long> ids(Project p, String viewer) {
        return p.ideas().query(IdeaQuery.all().withViewer(viewer)).stream().map(Idea::id).toList();
    }

    @Test
    void savingAgainReplacesTheOneRowAndClearEndsIt() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("a.offpiste"))) {
            p.workshop().save(new WorkshopState(AGENDA, 0, true, Instant.parse("2026-11-29T10:00:00Z"),
                    Duration.ofMinutes(8), false));
            WorkshopState paused = new WorkshopState(AGENDA, 1, false, null, Duration.ofSeconds(42), true);
            p.workshop().save(paused);
            assertThat(p.workshop().load()).contains(paused);
            assertThat(StoreTesting.scalar(p, "SELECT count(*) FROM workshop_state")).isEqualTo("1");
            p.workshop().clear();
            assertThat(p.workshop().load()).isEmpty();
        }
    }
}
