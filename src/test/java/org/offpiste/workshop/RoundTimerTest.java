package org.offpiste.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.offpiste.testing.MutableClock;

class RoundTimerTest {
    private final MutableClock clock = new MutableClock();
    private final RoundTimer timer = new RoundTimer(clock, Duration.ofMinutes(8));

    @Test
    void beforeStartNothingRuns() {
        clock.advanceMinutes(20);
        assertThat(timer.started()).isFalse();
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(8));
        assertThat(timer.ended()).isFalse();
        assertThatThrownBy(timer::resume).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void countsDownWithTheClock() {
        timer.start();
        clock.advance(Duration.ofSeconds(150));
        assertThat(timer.running()).isTrue();
        assertThat(timer.elapsed()).isEqualTo(Duration.ofSeconds(150));
        assertThat(timer.remaining()).isEqualTo(Duration.ofSeconds(330));
        assertThat(timer.overrun()).isZero();
        assertThat(timer.ended()).isFalse();
    }

    @Test
    void aPauseStopsTheCountdownUntilResumed() {
        timer.start();
        clock.advanceMinutes(3);
        timer.pause();
        clock.advanceMinutes(10);
        assertThat(timer.paused()).isTrue();
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(5));
        timer.pause();
        timer.resume();
        clock.advanceMinutes(1);
        timer.resume();
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(4));
        assertThat(timer.elapsed()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void addingAMinuteLengthensTheRoundEvenAfterItEnded() {
        timer.start();
        clock.advanceMinutes(7);
        timer.addMinute();
        assertThat(timer.planned()).isEqualTo(Duration.ofMinutes(9));
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(2));
        clock.advanceMinutes(3);
        assertThat(timer.ended()).isTrue();
        assertThat(timer.overrun()).isEqualTo(Duration.ofMinutes(1));
        timer.addMinute();
        timer.addMinute();
        assertThat(timer.ended()).isFalse();
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void overrunKeepsCountingUntilPaused() {
        timer.start();
        clock.advanceMinutes(8);
        assertThat(timer.ended()).isTrue();
        assertThat(timer.remaining()).isZero();
        assertThat(timer.overrun()).isZero();
        clock.advance(Duration.ofSeconds(95));
        assertThat(timer.overrun()).isEqualTo(Duration.ofSeconds(95));
        timer.pause();
        clock.advanceMinutes(5);
        assertThat(timer.overrun()).isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void startAgainBeginsFromZero() {
        timer.start();
        clock.advanceMinutes(6);
        timer.pause();
        timer.start();
        clock.advanceMinutes(1);
        assertThat(timer.elapsed()).isEqualTo(Duration.ofMinutes(1));
        assertThat(timer.running()).isTrue();
    }

    @Test
    void aClockGoingBackwardsNeverAddsTime() {
        timer.start();
        clock.advanceMinutes(2);
        clock.advance(Duration.ofMinutes(-5));
        assertThat(timer.elapsed()).isZero();
        assertThat(timer.remaining()).isEqualTo(Duration.ofMinutes(8));
    }
}
