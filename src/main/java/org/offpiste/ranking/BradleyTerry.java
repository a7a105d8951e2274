package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Bradley–Terry fit over all duels at once: each idea i gets a strength p_i with
 * P(i beats j) = p_i / (p_i + p_j), by Hunter's MM iteration (2004). An undecided duel counts half
 * a win for each side. With {@code priorGames} &gt; 0 every idea also plays that many virtual
 * drawn games against an average idea, so that an idea that never lost (or never won) keeps a
 * finite strength and few duels give honest, wide intervals. The interval is ±1.96 standard
 * errors on the log-strength (from the Fisher information), turned into win chances.
 * Sparse: each round walks the pairs that met, not every pair of ideas.
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
        return fit(ideas, duels, Map.of());
    }

    /**
     * The same fit, the iteration starting from {@code start} (log-strengths of an earlier fit, say
     * before the last duel): fewer rounds to the same answer. Ideas missing from it start even.
     */
    public List<Strength> fit(Collection<Long> ideas, List<Duel> duels, Map<Long, Double> start) {
        return solve(ideas, duels, start).strengths();
    }

    /**
     * The one rule for win chances shown anywhere (ranking view, command line, exports): the fit over
     * those of {@code ideas} that took part in at least one duel among them, the win chance being
     * against a random other of those. Ideas without such a duel are left out (they have no figure).
     */
    public List<Strength> fitDuelled(Collection<Long> ideas, List<Duel> duels) {
        Set<Long> asked = new HashSet<>(ideas);
        Set<Long> duelled = new HashSet<>();
        for (Duel d : duels) {
            if (asked.contains(d.left()) && asked.contains(d.right())) {
                duelled.add(d.left());
                duelled.add(d.right());
            }
        }
        return fit(ideas.stream().filter(duelled::contains).toList(), duels);
    }

    Solution solve(Collection<Long> ideas, List<Duel> duels, Map<Long, Double> start) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (long id : ideas) {
            index.putIfAbsent(id, index.size());
        }
        int n = index.size();
        long[] ids = new long[n];
        index.forEach((id, i) -> ids[i] = id);
        double[] wins = new double[n];
        int[] count = new int[n];
        Map<Long, Integer> pairIndex = new HashMap<>();
        List<int[]> pairList = new ArrayList<>();
        List<Double> pairGames = new ArrayList<>();
        for (Duel d : duels) {
            Integer a = index.get(d.left());
            Integer b = index.get(d.right());
            if (a == null || b == null) {
                continue;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            Integer k = pairIndex.putIfAbsent((long) lo * n + hi, pairList.size());
            if (k == null) {
                pairList.add(new int[] {lo, hi});
                pairGames.add(1.0);
            } else {
                pairGames.set(k, pairGames.get(k) + 1);
            }
            wins[a] += d.scoreOf(d.left());
            wins[b] += d.scoreOf(d.right());
            count[a]++;
            count[b]++;
        }
        Pairs pairs = new Pairs(pairList, pairGames);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            Double log = start.get(ids[i]);
            p[i] = log == null || !Double.isFinite(log) ? 1 : Math.exp(log);
        }
        p = strengths(pairs, wins, p);
        return new Solution(ids, p, standardErrors(pairs, p), count);
    }

    /** MM iteration; the geometric mean of the strengths is kept at 1 (the average idea of the prior). */
    private double[] strengths(Pairs pairs, double[] wins, double[] start) {
        int n = wins.length;
        double[] p = start.clone();
        if (n > 0 && start.length > 0) {
            normalise(p);
        }
        double[] denominator = new double[n];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            for (int i = 0; i < n; i++) {
                denominator[i] = priorGames / (p[i] + 1);
            }
            for (int k = 0; k < pairs.size(); k++) {
                int i = pairs.left[k];
                int j = pairs.right[k];
                double t = pairs.games[k] / (p[i] + p[j]);
                denominator[i] += t;
                denominator[j] += t;
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double won = wins[i] + priorGames / 2;
                next[i] = denominator[i] == 0 ? 1 : Math.max(won, 1e-12) / denominator[i];
            }
            normalise(next);
            double change = 0;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] / p[i] - 1));
            }
            p = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        return p;
    }

    /** Divides by the geometric mean; the logs are taken of running products (few logs a round). */
    private static void normalise(double[] p) {
        if (p.length == 0) {
            return;
        }
        double logSum = 0;
        double product = 1;
        for (double v : p) {
            product *= v;
            if (product > 1e150 || product < 1e-150) {
                logSum += Math.log(product);
                product = 1;
            }
        }
        logSum += Math.log(product);
        double scale = Math.exp(-logSum / p.length);
        for (int i = 0; i < p.length; i++) {
            p[i] *= scale;
        }
    }

    /** 1 / sqrt(Fisher information) of each log p_i, the other strengths held fixed. */
    private double[] standardErrors(Pairs pairs, double[] p) {
        int n = p.length;
        double[] information = new double[n];
        for (int i = 0; i < n; i++) {
            information[i] = priorGames * p[i] / Math.pow(p[i] + 1, 2);
        }
        for (int k = 0; k < pairs.size(); k++) {
            int i = pairs.left[k];
            int j = pairs.right[k];
            double t = pairs.games[k] * p[i] * p[j] / Math.pow(p[i] + p[j], 2);
            information[i] += t;
            information[j] += t;
        }
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            se[i] = information[i] == 0 ? Double.POSITIVE_INFINITY : 1 / Math.sqrt(information[i]);
        }
        return se;
    }

    /** The pairs of ideas that met, and how often (parallel arrays). */
    private static final class Pairs {
        final int[] left;
        final int[] right;
        final double[] games;

        Pairs(List<int[]> pairs, List<Double> games) {
            left = new int[pairs.size()];
            right = new int[pairs.size()];
            this.games = new double[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
                left[k] = pairs.get(k)[0];
                right[k] = pairs.get(k)[1];
                this.games[k] = games.get(k);
            }
        }

        int size() {
            return left.length;
        }
    }

    /** A fit before it is turned into win chances: strengths, standard errors, duel counts. */
    record Solution(long[] ids, double[] p, double[] se, int[] count) {

        /** Every idea's strength, in the order fitted. */
        List<Strength> strengths() {
            List<Strength> out = new ArrayList<>(ids.length);
            WinChances chances = new WinChances(p);
            for (int i = 0; i < ids.length; i++) {
                out.add(strength(i, chances));
            }
            return out;
        }

        Strength strength(int i, WinChances chances) {
            double log = Math.log(p[i]);
            return new Strength(ids[i], log, chances.of(i, p[i]), chances.of(i, Math.exp(log - 1.96 * se[i])),
                    chances.of(i, Math.exp(log + 1.96 * se[i])), count[i]);
        }
    }

    /**
     * The chance that an idea of a given strength (in place of i) beats a random other idea; the
     * strengths are grouped by value, so many ideas of the same strength (never compared) cost one term.
     */
    static final class WinChances {
        private final double[] p;
        private final double[] values;
        private final int[] counts;

        WinChances(double[] p) {
            this.p = p;
            double[] sorted = p.clone();
            Arrays.sort(sorted);
            double[] v = new double[sorted.length];
            int[] c = new int[sorted.length];
            int m = 0;
            for (double x : sorted) {
                if (m > 0 && v[m - 1] == x) {
                    c[m - 1]++;
                } else {
                    v[m] = x;
                    c[m++] = 1;
                }
            }
            values = Arrays.copyOf(v, m);
            counts = Arrays.copyOf(c, m);
        }

        double of(int i, double strength) {
            if (p.length < 2) {
                return 0.5;
            }
            if (Double.isInfinite(strength) || strength == 0) {
                return strength == 0 ? 0 : 1;
            }
            double sum = -strength / (strength + p[i]);
            for (int k = 0; k < values.length; k++) {
                sum += counts[k] * (strength / (strength + values[k]));
            }
            return sum / (p.length - 1);
        }
    }
}
