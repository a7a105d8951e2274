package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.MutableClock;

/** Running a workshop on a real project file: rounds, the shared timer, and what a second opening reads. */
class WorkshopServiceTest {
    private static final Agenda AGENDA = new Agenda("Sprint", List.of(
            new Block.SilentIdeation(Duration.ofMinutes(8)),
            new Block.DotVote(Duration.ofMinutes(5), 5, 1, true),
            Block.Debrief.standard()));

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock();

    @Test
    void startingPutsEveryoneOnTheFirstRoundWithItsTimerReadyAndTheSilentRoundSealed() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("w.offpiste"))) {
            WorkshopService service = new WorkshopService(p.workshop(), clock);
            WorkshopState s = service.start(AGENDA);
            assertThat(s.blockIndex()).isZero();
            assertThat(s.running()).isFalse();
            assertThat(s.revealed()).isFalse();
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(8));
            assertThat(p.workshop().load()).contains(s);
        }
    }

    @Test
    void theTimerCountsDownPausesResumesAndTakesAnExtraMinute() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("w.offpiste"))) {
            WorkshopService service = new WorkshopService(p.workshop(), clock);
            service.start(AGENDA);
            service.startTimer();
            clock.advanceMinutes(3);
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(5));
            service.pause();
            clock.advanceMinutes(10);
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(5));
            service.addMinute();
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(6));
            service.startTimer();
            clock.advanceMinutes(2);
            service.addMinute();
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(5));
            clock.advanceMinutes(7);
            assertThat(service.remaining()).isZero();
            service.addMinute();
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void nextAndPreviousMoveEveryoneAndTheLastNextEndsTheAgenda() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("w.offpiste"))) {
            WorkshopService service = new WorkshopService(p.workshop(), clock);
            AtomicInteger told = new AtomicInteger();
            service.addListener(told::incrementAndGet);
            service.start(AGENDA);
            service.startTimer();
            assertThatThrownBy(service::previous).isInstanceOf(IllegalStateException.class);
            WorkshopState vote = service.next();
            assertThat(vote.block()).containsInstanceOf(Block.DotVote.class);
            assertThat(vote.running()).isFalse();
            assertThat(vote.revealed()).isTrue();
            assertThat(service.remaining()).isEqualTo(Duration.ofMinutes(5));
            service.next();
            WorkshopState over = service.next();
            assertThat(over.block()).isEmpty();
            assertThatThrownBy(service::next).isInstanceOf(IllegalStateException.class);
            assertThat(service.previous().blockIndex()).isEqualTo(2);
            assertThat(told.get()).isEqualTo(6);
        }
    }

    @Test
    void revealShowsTheSilentRoundAndEndClearsTheBoard() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("w.offpiste"))) {
            WorkshopService service = new WorkshopService(p.workshop(), clock);
            service.start(AGENDA);
            assertThat(service.reveal().revealed()).isTrue();
            service.end();
            assertThat(service.current()).isEmpty();
            assertThat(p.workshop().load()).isEmpty();
        }
    }

    @Test
    void aSecondOpeningOfTheBoardReadsTheSameRoundAndCountdown() {
        Path file = dir.resolve("w.offpiste");
        try (Project p = new SqliteProjectFiles().create(file)) {
            WorkshopService facilitator = new WorkshopService(p.workshop(), clock);
            facilitator.start(AGENDA);
            facilitator.next();
            facilitator.startTimer();
            clock.advance(Duration.ofSeconds(75));
        }
        try (Project p = new SqliteProjectFiles().open(file)) {
            WorkshopService participant = new WorkshopService(p.workshop(), clock);
            assertThat(participant.current()).isEmpty();
            WorkshopState s = participant.refresh().orElseThrow();
            assertThat(s.blockIndex()).isEqualTo(1);
            assertThat(s.running()).isTrue();
            assertThat(participant.remaining()).isEqualTo(Duration.ofSeconds(225));
        }
    }
}
