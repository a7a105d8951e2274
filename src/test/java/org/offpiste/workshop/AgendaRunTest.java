package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.offpiste.testing.MutableClock;

class AgendaRunTest {
    private final MutableClock clock = new MutableClock();
    private final Block silent = Block.SilentIdeation.standard();
    private final Block vote = Block.DotVote.standard();
    private final Block debrief = Block.Debrief.standard();
    private final AgendaRun run = new AgendaRun(Agenda.empty("Short").add(silent).add(vote).add(debrief), clock);

    @Test
    void startsAtTheFirstBlockWithItsTimerNotYetStarted() {
        assertThat(run.index()).isZero();
        assertThat(run.current()).contains(silent);
        assertThat(run.upcoming()).contains(vote);
        assertThat(run.done()).isEmpty();
        assertThat(run.timer().started()).isFalse();
        assertThat(run.timer().planned()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void nextMovesToTheFollowingBlockAndStartsItsTimerForItsDuration() {
        run.timer().start();
        clock.advanceMinutes(9);
        run.next();
        assertThat(run.current()).contains(vote);
        assertThat(run.done()).containsExactly(silent);
        assertThat(run.timer().running()).isTrue();
        assertThat(run.timer().remaining()).isEqualTo(Duration.ofMinutes(10));
        clock.advanceMinutes(4);
        assertThat(run.timer().remaining()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void afterTheLastBlockTheRunIsFinished() {
        run.next();
        run.next();
        assertThat(run.upcoming()).isEmpty();
        run.next();
        assertThat(run.finished()).isTrue();
        assertThat(run.current()).isEmpty();
        assertThat(run.done()).containsExactly(silent, vote, debrief);
        assertThat(run.timer().running()).isFalse();
        assertThatThrownBy(run::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void previousGoesBackAndRestartsThatBlocksTimer() {
        run.next();
        clock.advanceMinutes(3);
        run.previous();
        assertThat(run.current()).contains(silent);
        assertThat(run.done()).isEmpty();
        assertThat(run.timer().remaining()).isEqualTo(Duration.ofMinutes(8));
        assertThat(run.timer().running()).isTrue();
        assertThatThrownBy(run::previous).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fromTheEndPreviousReturnsToTheLastBlock() {
        run.next();
        run.next();
        run.next();
        run.previous();
        assertThat(run.finished()).isFalse();
        assertThat(run.current()).contains(debrief);
        assertThat(run.timer().remaining()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anEmptyAgendaCannotBeRun() {
        assertThatThrownBy(() -> new AgendaRun(Agenda.empty("None"), clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
