package org.offpiste.novelty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The vectors of the live ideas in memory with each idea's nearest neighbour and baseline distance.
 *
 * <p>Vectors are kept as bytes, one scale a vector (component ≈ code × scale, codes −127…127):
 * 388 bytes an idea instead of 1,536 in float32, so 100,000 ideas take about 40 MB; cosine
 * similarities computed from the codes differ from the float ones by less than 0.01. The board's
 * sum of vectors and XᵀX are kept up to date as ideas come and go, so the board's diversity costs
 * one 384×384 eigenproblem, whatever its size. Readers run alongside one writer (the measuring pass).
 */
final class VectorIndex {
    private final int d;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slots = new HashMap<>();
    private long[] ids = new long[64];
    private byte[] codes;
    private float[] scales = new float[64];
    private long[] nearestIds = new long[64];
    private float[] nearestSims = new float[64];
    private float[] baselineDistances = new float[64];
    private int n;
    private final BoardSums sums;
    private List<float[]> baseline = List.of();

    VectorIndex(int dimension) {
        this.d = dimension;
        this.codes = new byte[64 * dimension];
        this.sums = new BoardSums(dimension);
    }

    Set<Long> ids() {
        return read(() -> new HashSet<>(slots.keySet()));
    }

    /** Adds or replaces the vector of {@code id}; it has no neighbour until {@link #link}. */
    void put(long id, float[] unit) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.get(id);
            if (slot != null) {
                account(slot, -1);
            } else {
                grow();
                slot = n++;
                slots.put(id, slot);
                ids[slot] = id;
            }
            float max = 0;
            for (float x : unit) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 1 : max / 127f;
            int base = slot * d;
            for (int k = 0; k < d; k++) {
                codes[base + k] = (byte) Math.round(unit[k] / scale);
            }
            scales[slot] = scale;
            nearestIds[slot] = -1;
            nearestSims[slot] = Float.NaN;
            baselineDistances[slot] = baselineDistance(slot);
            account(slot, 1);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets {@code id}; returns the ideas whose nearest neighbour it was (they need {@link #relink}). */
    Set<Long> remove(long id) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(id);
            Set<Long> orphans = new HashSet<>();
            if (slot == null) {
                return orphans;
            }
            account(slot, -1);
            int last = --n;
            if (slot != last) {
                ids[slot] = ids[last];
                System.arraycopy(codes, last * d, codes, slot * d, d);
                scales[slot] = scales[last];
                nearestIds[slot] = nearestIds[last];
                nearestSims[slot] = nearestSims[last];
                baselineDistances[slot] = baselineDistances[last];
                slots.put(ids[slot], slot);
            }
            for (int j = 0; j < n; j++) {
                if (nearestIds[j] == id) {
                    orphans.add(ids[j]);
                }
            }
            return orphans;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Finds the nearest neighbour of each of {@code added} among all, and makes each of them the
     * nearest of the others it is closer to. Returns every idea whose neighbour changed.
     */
    Set<Long> link(Collection<Long> added) {
        Set<Long> changed = new HashSet<>();
        long[] pendingIds;
        float[] pendingSims;
        Map<Long, Similar> own = new LinkedHashMap<>();
        lock.readLock().lock();
        try {
            pendingIds = Arrays.copyOf(nearestIds, n);
            pendingSims = Arrays.copyOf(nearestSims, n);
            List<Long> present = new ArrayList<>();
            for (long id : added) {
                if (slots.containsKey(id)) {
                    present.add(id);
                }
            }
            int m = present.size();
            int[] from = new int[m];
            float[] queries = new float[((m + 3) / 4) * 4 * d];
            for (int i = 0; i < m; i++) {
                from[i] = slots.get(present.get(i));
                System.arraycopy(vector(from[i]), 0, queries, i * d, d);
            }
            float[] best = new float[m];
            int[] bestSlot = new int[m];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            Arrays.fill(bestSlot, -1);
            float[] sims = new float[queries.length / d];
            for (int j = 0; j < n; j++) {
                Kernels.dots(queries, codes, j * d, d, sims);
                for (int i = 0; i < m; i++) {
                    if (from[i] == j) {
                        continue;
                    }
                    float sim = sims[i] * scales[j];
                    if (sim > best[i]) {
                        best[i] = sim;
                        bestSlot[i] = j;
                    }
                    if (Float.isNaN(pendingSims[j]) || sim > pendingSims[j]) {
                        pendingSims[j] = sim;
                        pendingIds[j] = present.get(i);
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                own.put(present.get(i), bestSlot[i] < 0 ? null : new Similar(ids[bestSlot[i]], best[i]));
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            for (int j = 0; j < pendingIds.length && j < n; j++) {
                if (pendingIds[j] != nearestIds[j] || Float.compare(pendingSims[j], nearestSims[j]) != 0) {
                    nearestIds[j] = pendingIds[j];
                    nearestSims[j] = pendingSims[j];
                    changed.add(ids[j]);
                }
            }
            own.forEach(this::setNearest);
            changed.addAll(own.keySet());
        } finally {
            lock.writeLock().unlock();
        }
        return changed;
    }

    /** Finds the nearest neighbour of each of {@code orphans} anew (theirs went away). */
    void relink(Collection<Long> orphans) {
        Map<Long, Similar> found = new HashMap<>();
        lock.readLock().lock();
        try {
            for (long id : orphans) {
                Integer a = slots.get(id);
                if (a != null) {
                    found.put(id, nearestOf(a, -1).orElse(null));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            found.forEach(this::setNearest);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Sets the figures of an idea as stored (at start): its nearest neighbour and baseline distance are trusted. */
    void restore(Novelty figures) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.get(figures.ideaId());
            if (slot == null) {
                return;
            }
            if (figures.nearestId() != null && figures.nearestSimilarity() != null
                    && slots.containsKey(figures.nearestId())) {
                nearestIds[slot] = figures.nearestId();
                nearestSims[slot] = figures.nearestSimilarity().floatValue();
            }
            if (figures.baselineDistance() != null) {
                baselineDistances[slot] = figures.baselineDistance().floatValue();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Ideas without a neighbour although another idea exists. */
    Set<Long> unlinked() {
        return read(() -> {
            Set<Long> out = new HashSet<>();
            for (int j = 0; j < n && n > 1; j++) {
                if (nearestIds[j] < 0) {
                    out.add(ids[j]);
                }
            }
            return out;
        });
    }

    /** Uses these baseline vectors for distances; returns the ideas whose distance changed. */
    Set<Long> baseline(List<float[]> items) {
        lock.writeLock().lock();
        try {
            baseline = List.copyOf(items);
            Set<Long> changed = new HashSet<>();
            for (int j = 0; j < n; j++) {
                float before = baselineDistances[j];
                baselineDistances[j] = baselineDistance(j);
                if (Float.compare(before, baselineDistances[j]) != 0) {
                    changed.add(ids[j]);
                }
            }
            return changed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The figures of those of {@code wanted} that are here. */
    Map<Long, Novelty> figures(Collection<Long> wanted, double threshold) {
        return read(() -> {
            Map<Long, Novelty> out = new LinkedHashMap<>();
            for (long id : wanted) {
                Integer slot = slots.get(id);
                if (slot != null) {
                    out.put(id, figure(slot, threshold));
                }
            }
            return out;
        });
    }

    /** The idea most similar to {@code unit}, if any. */
    Optional<Similar> nearest(float[] unit) {
        return read(() -> {
            int best = -1;
            double bestSim = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double sim = 0;
                int base = j * d;
                for (int k = 0; k < d; k++) {
                    sim += unit[k] * codes[base + k];
                }
                sim *= scales[j];
                if (sim > bestSim) {
                    bestSim = sim;
                    best = j;
                }
            }
            return best < 0 ? Optional.<Similar>empty() : Optional.of(new Similar(ids[best], bestSim));
        });
    }

    /** The vectors (as kept) of those of {@code wanted} that are here. */
    List<float[]> vectors(Collection<Long> wanted) {
        return read(() -> {
            List<float[]> out = new ArrayList<>();
            for (long id : new HashSet<>(wanted)) {
                Integer slot = slots.get(id);
                if (slot != null) {
                    out.add(vector(slot));
                }
            }
            return out;
        });
    }

    /** The diversity of every idea here, from the running sums. */
    Diversity board() {
        return read(sums::copy).diversity();
    }

    private <T> T read(java.util.function.Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private Novelty figure(int slot, double threshold) {
        Double distance = Float.isNaN(baselineDistances[slot]) ? null : (double) baselineDistances[slot];
        if (nearestIds[slot] < 0) {
            return new Novelty(ids[slot], distance, null, null, null);
        }
        long other = nearestIds[slot];
        double sim = nearestSims[slot];
        Long duplicate = sim >= threshold && other < ids[slot] ? other : null;
        return new Novelty(ids[slot], distance, other, sim, duplicate);
    }

    private void setNearest(long id, Similar best) {
        Integer slot = slots.get(id);
        if (slot == null) {
            return;
        }
        nearestIds[slot] = best == null ? -1 : best.ideaId();
        nearestSims[slot] = best == null ? Float.NaN : (float) best.similarity();
    }

    private Optional<Similar> nearestOf(int a, int skip) {
        int bestSlot = -1;
        float best = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j == a || j == skip) {
                continue;
            }
            float s = similarity(a, j);
            if (s > best) {
                best = s;
                bestSlot = j;
            }
        }
        return bestSlot < 0 ? Optional.empty() : Optional.of(new Similar(ids[bestSlot], best));
    }

    private float similarity(int a, int b) {
        return Kernels.dot(codes, a * d, b * d, d) * scales[a] * scales[b];
    }

    private float[] vector(int slot) {
        float[] v = new float[d];
        int base = slot * d;
        for (int k = 0; k < d; k++) {
            v[k] = codes[base + k] * scales[slot];
        }
        return v;
    }

    private float baselineDistance(int slot) {
        if (baseline.isEmpty()) {
            return Float.NaN;
        }
        float[] v = vector(slot);
        double best = Double.NEGATIVE_INFINITY;
        for (float[] item : baseline) {
            best = Math.max(best, Vectors.dot(v, item));
        }
        return (float) (1 - best);
    }

    private void account(int slot, int sign) {
        sums.account(vector(slot), sign);
    }

    private void grow() {
        if (n < ids.length) {
            return;
        }
        int size = ids.length * 2;
        ids = Arrays.copyOf(ids, size);
        codes = Arrays.copyOf(codes, size * d);
        scales = Arrays.copyOf(scales, size);
        nearestIds = Arrays.copyOf(nearestIds, size);
        nearestSims = Arrays.copyOf(nearestSims, size);
        baselineDistances = Arrays.copyOf(baselineDistances, size);
    }
}
