package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Bradley–Terry fit against small cases worked out by hand, and its intervals. */
class BradleyTerryTest {
    private static final BradleyTerry PLAIN = new BradleyTerry(0);

    private static Map<Long, Strength> byId(List<Strength> fitted) {
        return fitted.stream().collect(Collectors.toMap(Strength::ideaId, Function.identity()));
    }

    @Test
    void twoWinsInThreeMakeAStrengthTwiceTheOtherAndAWinChanceOfTwoThirds() {
        Map<Long, Strength> s = byId(PLAIN.fit(List.of(1L, 2L),
                List.of(Duel.won(1, 2), Duel.won(1, 2), Duel.won(2, 1))));

        assertThat(s.get(1L).logStrength() - s.get(2L).logStrength()).isCloseTo(Math.log(2), within(1e-6));
        assertThat(s.get(1L).winChance()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(s.get(2L).winChance()).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(s.get(1L).duels()).isEqualTo(3);
    }

    @Test
    void aCycleAndAnUndecidedDuelLeaveEveryIdeaEven() {
        Map<Long, Strength> cycle = byId(PLAIN.fit(List.of(1L, 2L, 3L),
                List.of(Duel.won(1, 2), Duel.won(2, 3), Duel.won(3, 1))));
        Map<Long, Strength> tie = byId(PLAIN.fit(List.of(1L, 2L), List.of(new Duel(1, 2, Duel.Result.TIE))));

        for (Strength s : cycle.values()) {
            assertThat(s.winChance()).isCloseTo(0.5, within(1e-9));
            assertThat(s.logStrength()).isCloseTo(0, within(1e-9));
        }
        assertThat(tie.get(1L).winChance()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theFitSolvesTheLikelihoodEquationsOfARandomTournament() {
        Random random = new Random(7);
        List<Long> ideas = List.of(1L, 2L, 3L, 4L, 5L);
        List<Duel> duels = new ArrayList<>();
        for (long a : ideas) {
            for (long b : ideas) {
                if (a < b) {
                    duels.add(Duel.won(a, b)); // everyone wins and loses at least once
                    duels.add(Duel.won(b, a));
                    for (int k = 0; k < 3; k++) {
                        duels.add(random.nextDouble() < a / (double) (a + b) ? Duel.won(a, b) : Duel.won(b, a));
                    }
                }
            }
        }
        Map<Long, Strength> s = byId(PLAIN.fit(ideas, duels));

        for (long i : ideas) {
            double wins = duels.stream().mapToDouble(d -> d.left() == i || d.right() == i ? d.scoreOf(i) : 0).sum();
            double expected = 0;
            for (Duel d : duels) {
                if (d.left() == i || d.right() == i) {
                    long j = d.left() == i ? d.right() : d.left();
                    double pi = Math.exp(s.get(i).logStrength());
                    expected += pi / (pi + Math.exp(s.get(j).logStrength()));
                }
            }
            assertThat(expected).as("idea " + i).isCloseTo(wins, within(1e-6));
        }
    }

    @Test
    void fewDuelsGiveAWideHonestIntervalAndManyANarrowOne() {
        BradleyTerry workshop = BradleyTerry.withPrior();
        Map<Long, Strength> once = byId(workshop.fit(List.of(1L, 2L, 3L), List.of(Duel.won(1, 2))));
        List<Duel> many = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            many.add(Duel.won(1, 2));
            many.add(k % 3 == 0 ? Duel.won(3, 1) : Duel.won(1, 3));
            many.add(k % 2 == 0 ? Duel.won(2, 3) : Duel.won(3, 2));
        }
        Map<Long, Strength> often = byId(workshop.fit(List.of(1L, 2L, 3L), many));

        Strength one = once.get(1L);
        assertThat(Double.isFinite(one.logStrength())).isTrue(); // unbeaten, yet not infinitely strong
        assertThat(one.low()).isLessThan(0.5).isLessThan(one.winChance());
        assertThat(one.high()).isGreaterThan(one.winChance());
        assertThat(once.get(3L).duels()).isZero();
        assertThat(once.get(3L).winChance()).isBetween(0.4, 0.6);
        Strength best = often.get(1L);
        assertThat(best.winChance()).isGreaterThan(one.winChance());
        assertThat(best.high() - best.low()).isLessThan((one.high() - one.low()) / 2);
        assertThat(best.low()).isGreaterThan(0.5);
    }

    @Test
    void duelsOfIdeasOutsideTheSetAreIgnored() {
        Map<Long, Strength> s = byId(PLAIN.fit(List.of(1L, 2L), List.of(Duel.won(1, 9), Duel.won(1, 2), Duel.won(2, 1))));

        assertThat(s.get(1L).winChance()).isCloseTo(0.5, within(1e-9));
        assertThat(s.get(1L).duels()).isEqualTo(2);
    }
}
