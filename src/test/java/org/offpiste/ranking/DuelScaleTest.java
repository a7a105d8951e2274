package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fit and the pair choice on large boards: no table of every pair, and fast enough per key press. */
class DuelScaleTest {

    private static List<Long> ideas(int n) {
        List<Long> out = new ArrayList<>(n);
        for (long i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    @Test
    void aBoardOfTwentyThousandIdeasWithAFewDuelsIsFittedAndPairedWellUnderASecond() {
        List<Long> ideas = ideas(20_000);
        List<Duel> duels = List.of(Duel.won(1, 2), Duel.won(2, 3), new Duel(4, 5, Duel.Result.TIE), Duel.won(1, 3));
        DuelService service = new DuelService(null, new SplittableRandom(5));
        service.fit(ideas, duels); // warm-up (class loading, JIT)

        long start = System.nanoTime();
        List<Strength> fitted = BradleyTerry.withPrior().fit(ideas, duels);
        long fitMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        long[] pair = service.next(ideas, duels).orElseThrow();
        long nextMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(fitted).hasSize(20_000);
        assertThat(fitted.get(0).winChance()).isGreaterThan(0.5);
        assertThat(fitted.get(19_999).winChance()).isCloseTo(0.5, within(1e-3));
        assertThat(pair[0]).isNotEqualTo(pair[1]);
        assertThat(fitMillis).as("fit of 20,000 ideas, ms").isLessThan(1_000);
        assertThat(nextMillis).as("next pair among 20,000 ideas, ms").isLessThan(1_000);
    }

    @Test
    void theNextPairAmongTwoHundredIdeasTakesAFewMillisecondsAsTheDuelsAreMade() {
        List<Long> ideas = ideas(200);
        Random random = new Random(11);
        double[] truth = random.doubles(201).toArray();
        DuelService service = new DuelService(null, new SplittableRandom(9));
        List<Duel> duels = new ArrayList<>();
        long[] nanos = new long[1_000];
        for (int k = 0; k < 1_000; k++) {
            long start = System.nanoTime();
            long[] pair = service.next(ideas, duels).orElseThrow();
            nanos[k] = System.nanoTime() - start;
            double pLeft = 1 / (1 + Math.exp(truth[(int) pair[1]] - truth[(int) pair[0]]));
            duels.add(random.nextDouble() < pLeft ? Duel.won(pair[0], pair[1]) : Duel.won(pair[1], pair[0]));
        }
        long[] last = Arrays.copyOfRange(nanos, 500, 1_000);
        Arrays.sort(last);

        assertThat(last[250] / 1e6).as("median ms of a next pair, 500 to 1,000 duels known").isLessThan(5);
    }

    @Test
    void aFitStartedFromAnEarlierOneGivesTheSameStrengths() {
        List<Long> ideas = ideas(50);
        Random random = new Random(3);
        List<Duel> duels = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            long a = 1 + random.nextInt(50);
            long b = 1 + (a + random.nextInt(49)) % 50;
            duels.add(random.nextBoolean() ? Duel.won(a, b) : new Duel(a, b, Duel.Result.TIE));
        }
        BradleyTerry model = BradleyTerry.withPrior();
        java.util.Map<Long, Double> earlier = new java.util.HashMap<>();
        model.fit(ideas, duels.subList(0, 299)).forEach(s -> earlier.put(s.ideaId(), s.logStrength()));

        List<Strength> cold = model.fit(ideas, duels);
        List<Strength> warm = model.fit(ideas, duels, earlier);

        for (int i = 0; i < 50; i++) {
            assertThat(warm.get(i).logStrength()).isCloseTo(cold.get(i).logStrength(), within(1e-8));
            assertThat(warm.get(i).low()).isCloseTo(cold.get(i).low(), within(1e-8));
        }
    }
}
