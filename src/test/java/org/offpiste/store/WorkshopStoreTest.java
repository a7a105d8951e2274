package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
