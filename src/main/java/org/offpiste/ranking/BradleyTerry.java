package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Bradley–Terry fit over all duels at once: each idea i gets a strength p_i with
 * P(i beats j) = p_i / (p_i + p_j), by Hunter's MM iteration (2004). An undecided duel counts half
 * a win for each side. With {@code priorGames} &gt; 0 every idea also plays that many virtual
 * drawn games against an average idea, so that an idea that never lost (or never won) keeps a
 * finite strength and few duels give honest, wide intervals. The interval is ±1.96 standard
 * errors on the log-strength (from the Fisher information), turned into win chances.
 */
public final class BradleyTerry {
    private static final int MAX_ROUNDS = 10_000;
    private static final double TOLERANCE = 1e-10;
    private final double priorGames;

    /** @param priorGames virtual drawn games against an average idea (0: the plain maximum-likelihood fit) */
    public BradleyTerry(double priorGames) {
        if (priorGames < 0) {
            throw new IllegalArgumentException("priorGames must be 0 or more");
        }
        this.priorGames = priorGames;
    }

    /** The fit with one virtual drawn game per idea: what a workshop sees. */
    public static BradleyTerry withPrior() {
        return new BradleyTerry(1);
    }

    /** Every idea of {@code ideas} with its strength, in the order given; duels of other ideas are ignored. */
    public List<Strength> fit(Collection<Long> ideas, List<Duel> duels) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (long id : ideas) {
            index.putIfAbsent(id, index.size());
        }
        int n = index.size();
        double[][] games = new double[n][n];
        double[] wins = new double[n];
        int[] count = new int[n];
        for (Duel d : duels) {
            Integer a = index.get(d.left());
            Integer b = index.get(d.right());
            if (a == null || b == null) {
                continue;
            }
            games[a][b]++;
            games[b][a]++;
            wins[a] += d.scoreOf(d.left());
            wins[b] += d.scoreOf(d.right());
            count[a]++;
            count[b]++;
        }
        double[] p = strengths(games, wins);
        List<Strength> out = new ArrayList<>(n);
        Map<Integer, Long> ids = new HashMap<>();
        index.forEach((id, i) -> ids.put(i, id));
        for (int i = 0; i < n; i++) {
            double se = standardError(games, p, i);
            double log = Math.log(p[i]);
            out.add(new Strength(ids.get(i), log, winChance(p, i, p[i]),
                    winChance(p, i, Math.exp(log - 1.96 * se)), winChance(p, i, Math.exp(log + 1.96 * se)), count[i]));
        }
        return out;
    }

    /** MM iteration; the geometric mean of the strengths is kept at 1 (the average idea of the prior). */
    private double[] strengths(double[][] games, double[] wins) {
        int n = wins.length;
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double denominator = priorGames / (p[i] + 1);
                for (int j = 0; j < n; j++) {
                    if (games[i][j] > 0) {
                        denominator += games[i][j] / (p[i] + p[j]);
                    }
                }
                double won = wins[i] + priorGames / 2;
                next[i] = denominator == 0 ? 1 : Math.max(won, 1e-12) / denominator;
            }
            normalise(next);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(Math.log(next[i]) - Math.log(p[i])));
            }
            p = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return p;
    }

    private static void normalise(double[] p) {
        if (p.length == 0) {
            return;
        }
        double logMean = 0;
        for (double v : p) {
            logMean += Math.log(v);
        }
        double scale = Math.exp(-logMean / p.length);
        for (int i = 0; i < p.length; i++) {
            p[i] *= scale;
        }
    }

    /** 1 / sqrt(Fisher information) of log p_i, the other strengths held fixed. */
    private double standardError(double[][] games, double[] p, int i) {
        double information = priorGames * p[i] / Math.pow(p[i] + 1, 2);
        for (int j = 0; j < p.length; j++) {
            if (games[i][j] > 0) {
                information += games[i][j] * p[i] * p[j] / Math.pow(p[i] + p[j], 2);
            }
        }
        return information == 0 ? Double.POSITIVE_INFINITY : 1 / Math.sqrt(information);
    }

    /** The chance that an idea of strength {@code strength} (in place of i) beats a random other idea. */
    private static double winChance(double[] p, int i, double strength) {
        if (p.length < 2) {
            return 0.5;
        }
        if (Double.isInfinite(strength) || strength == 0) {
            return strength == 0 ? 0 : 1;
        }
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            if (j != i) {
                sum += strength / (strength + p[j]);
            }
        }
        return sum / (p.length - 1);
    }
}
