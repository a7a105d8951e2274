package org.offpiste.novelty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups unit vectors: average-link agglomerative clustering on cosine distance, cut at the
 * number of groups k (2 to min(12, n/3)) whose mean silhouette is highest. Deterministic: ties
 * go to the lower index and to the smaller k. Groups of one are left out; the rest come biggest
 * first (then the one whose first member comes first). Large boards are sampled
 * ({@link #MOST_CLUSTERED}). See docs/decisions/0017-themes.md.
 */
final class Clustering {
    static final int MAX_GROUPS = 12;
    /** Above this many vectors, an evenly spaced sample is clustered and the rest join the nearest group. */
    static final int MOST_CLUSTERED = 1500;

    private Clustering() {
    }

    /** The groups of {@code vectors} (unit length, all of one dimension); none below six vectors. */
    static List<Cluster> clusters(float[][] vectors) {
        if (vectors.length > MOST_CLUSTERED) {
            return sampled(vectors);
        }
        int n = vectors.length;
        int most = Math.min(MAX_GROUPS, n / 3);
        if (most < 2) {
            return List.of();
        }
        float[][] sim = similarities(vectors);
        int[][] merges = merges(sim);
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= most; k++) {
            int[] labels = cut(n, merges, k);
            double score = silhouette(sim, labels, k);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = labels;
            }
        }
        return groups(sim, best);
    }

    /** Clusters every k-th vector, then puts each other one in the group whose centroid is nearest. */
    private static List<Cluster> sampled(float[][] vectors) {
        int stride = (vectors.length + MOST_CLUSTERED - 1) / MOST_CLUSTERED;
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < vectors.length; i += stride) {
            sample.add(i);
        }
        float[][] sampleVectors = new float[sample.size()][];
        for (int i = 0; i < sample.size(); i++) {
            sampleVectors[i] = vectors[sample.get(i)];
        }
        List<Cluster> found = clusters(sampleVectors);
        List<List<Integer>> members = new ArrayList<>();
        float[][] centroids = new float[found.size()][];
        for (int c = 0; c < found.size(); c++) {
            List<Integer> group = new ArrayList<>();
            float[] centroid = new float[vectors[0].length];
            for (int m : found.get(c).members()) {
                group.add(sample.get(m));
                for (int d = 0; d < centroid.length; d++) {
                    centroid[d] += sampleVectors[m][d];
                }
            }
            members.add(group);
            centroids[c] = centroid;
        }
        for (int i = 0; i < vectors.length && !found.isEmpty(); i++) {
            if (i % stride != 0) {
                int best = 0;
                double bestDot = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < centroids.length; c++) {
                    double dot = 0;
                    for (int d = 0; d < centroids[c].length; d++) {
                        dot += centroids[c][d] * vectors[i][d];
                    }
                    double norm = 0;
                    for (float x : centroids[c]) {
                        norm += x * x;
                    }
                    dot /= Math.sqrt(norm);
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                members.get(best).add(i);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            List<Integer> group = members.get(c);
            group.sort(null);
            out.add(new Cluster(group, found.get(c).cohesion()));
        }
        out.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparingInt(c -> c.members().get(0)));
        return out;
    }

    static float[][] similarities(float[][] v) {
        int n = v.length;
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            sim[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                for (int d = 0; d < v[i].length; d++) {
                    dot += v[i][d] * v[j][d];
                }
                sim[i][j] = (float) dot;
                sim[j][i] = (float) dot;
            }
        }
        return sim;
    }

    /**
     * The n - 1 merges of average-link clustering, in order: {kept, absorbed}. Each cluster keeps
     * its most similar neighbour, so a merge costs O(n) plus the rows whose neighbour changed.
     */
    private static int[][] merges(float[][] sim) {
        int n = sim.length;
        double[][] avg = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                avg[i][j] = sim[i][j];
            }
        }
        boolean[] active = new boolean[n];
        int[] size = new int[n];
        int[] nearest = new int[n];
        java.util.Arrays.fill(active, true);
        java.util.Arrays.fill(size, 1);
        for (int i = 0; i < n; i++) {
            nearest[i] = nearest(avg, active, i);
        }
        int[][] out = new int[n - 1][];
        for (int step = 0; step < n - 1; step++) {
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (active[i] && (a < 0 || avg[i][nearest[i]] > avg[a][nearest[a]])) {
                    a = i;
                }
            }
            int b = nearest[a];
            int kept = Math.min(a, b);
            int gone = Math.max(a, b);
            out[step] = new int[] {kept, gone};
            for (int k = 0; k < n; k++) {
                if (active[k] && k != kept && k != gone) {
                    double merged = (size[kept] * avg[kept][k] + size[gone] * avg[gone][k]) / (size[kept] + size[gone]);
                    avg[kept][k] = merged;
                    avg[k][kept] = merged;
                }
            }
            size[kept] += size[gone];
            active[gone] = false;
            if (step == n - 2) {
                break;
            }
            nearest[kept] = nearest(avg, active, kept);
            for (int k = 0; k < n; k++) {
                if (!active[k] || k == kept) {
                    continue;
                }
                if (nearest[k] == kept || nearest[k] == gone) {
                    nearest[k] = nearest(avg, active, k);
                } else if (avg[k][kept] > avg[k][nearest[k]]
                        || (avg[k][kept] == avg[k][nearest[k]] && kept < nearest[k])) {
                    nearest[k] = kept;
                }
            }
        }
        return out;
    }

    private static int nearest(double[][] avg, boolean[] active, int i) {
        int best = -1;
        for (int j = 0; j < avg.length; j++) {
            if (j != i && active[j] && (best < 0 || avg[i][j] > avg[i][best])) {
                best = j;
            }
        }
        return best;
    }

    /** The labels (0 to k - 1, in order of first member) after the first n - k merges. */
    private static int[] cut(int n, int[][] merges, int k) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int step = 0; step < n - k; step++) {
            parent[merges[step][1]] = merges[step][0];
        }
        int[] labels = new int[n];
        Map<Integer, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            labels[i] = names.computeIfAbsent(root, r -> names.size());
        }
        return labels;
    }

    /** Mean silhouette on cosine distance; a point alone in its group counts 0. */
    private static double silhouette(float[][] sim, int[] labels, int k) {
        int n = labels.length;
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        double total = 0;
        double[] distance = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(distance, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    distance[labels[j]] += 1 - sim[i][j];
                }
            }
            int own = labels[i];
            if (sizes[own] < 2) {
                continue;
            }
            double a = distance[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    b = Math.min(b, distance[c] / sizes[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    private static List<Cluster> groups(float[][] sim, int[] labels) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            members.computeIfAbsent(labels[i], l -> new ArrayList<>()).add(i);
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Integer> group : members.values()) {
            if (group.size() > 1) {
                out.add(new Cluster(group, cohesion(sim, group)));
            }
        }
        out.sort(Comparator.comparingInt(Cluster::size).reversed()
                .thenComparingInt(c -> c.members().get(0)));
        return out;
    }

    static double cohesion(float[][] sim, List<Integer> group) {
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < group.size(); x++) {
            for (int y = x + 1; y < group.size(); y++) {
                sum += sim[group.get(x)][group.get(y)];
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }
}
