package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Ideas with known strengths, noisy duels chosen by {@link DuelPairs}: the fitted order recovers
 * the true order as duels grow. Prints the mean Spearman rank correlation after 50, 200 and 1,000
 * duels (20 ideas, 20 boards).
 */
class DuelSimulationTest {
    private static final int IDEAS = 20;
    private static final int BOARDS = 20;
    private static final int[] CHECKPOINTS = {50, 200, 1000};

    @Test
    void theFittedOrderRecoversTheTrueOrderAsDuelsGrow() {
        double[] mean = new double[CHECKPOINTS.length];
        for (int board = 0; board < BOARDS; board++) {
            double[] rho = simulate(new Random(100 + board));
            for (int k = 0; k < rho.length; k++) {
                mean[k] += rho[k] / BOARDS;
            }
        }
        System.out.printf("Bradley–Terry simulation, %d ideas, mean of %d boards: Spearman ρ after 50 duels %.3f,"
                + " 200 duels %.3f, 1,000 duels %.3f%n", IDEAS, BOARDS, mean[0], mean[1], mean[2]);

        assertThat(mean[1]).isGreaterThan(mean[0]);
        assertThat(mean[2]).isGreaterThan(mean[1]);
        assertThat(mean[0]).isGreaterThan(0.5);
        assertThat(mean[2]).isGreaterThan(0.9);
    }

    private static double[] simulate(Random random) {
        List<Long> ideas = new ArrayList<>();
        Map<Long, Double> truth = new HashMap<>();
        for (long i = 1; i <= IDEAS; i++) {
            ideas.add(i);
            truth.put(i, random.nextGaussian()); // log-strengths
        }
        DuelPairs pairs = new DuelPairs(BradleyTerry.withPrior(), new SplittableRandom(random.nextLong()));
        List<Duel> duels = new ArrayList<>();
        double[] rho = new double[CHECKPOINTS.length];
        int next = 0;
        for (int n = 1; n <= CHECKPOINTS[CHECKPOINTS.length - 1]; n++) {
            long[] pair = pairs.next(ideas, duels).orElseThrow();
            double pLeft = 1 / (1 + Math.exp(truth.get(pair[1]) - truth.get(pair[0])));
            duels.add(random.nextDouble() < pLeft ? Duel.won(pair[0], pair[1]) : Duel.won(pair[1], pair[0]));
            if (n == CHECKPOINTS[next]) {
                Map<Long, Double> fitted = new HashMap<>();
                BradleyTerry.withPrior().fit(ideas, duels).forEach(s -> fitted.put(s.ideaId(), s.logStrength()));
                rho[next++] = spearman(ideas, truth, fitted);
            }
        }
        return rho;
    }

    private static double spearman(List<Long> ideas, Map<Long, Double> a, Map<Long, Double> b) {
        Map<Long, Double> ra = ranks(ideas, a);
        Map<Long, Double> rb = ranks(ideas, b);
        double n = ideas.size();
        double d2 = 0;
        for (long id : ideas) {
            d2 += Math.pow(ra.get(id) - rb.get(id), 2);
        }
        return 1 - 6 * d2 / (n * (n * n - 1));
    }

    private static Map<Long, Double> ranks(List<Long> ideas, Map<Long, Double> values) {
        List<Long> sorted = new ArrayList<>(ideas);
        sorted.sort((x, y) -> Double.compare(values.get(x), values.get(y)));
        Map<Long, Double> rank = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            rank.put(sorted.get(i), (double) i);
        }
        return rank;
    }
}
