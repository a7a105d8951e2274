package org.offpiste.novelty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One measuring pass over the board: forgets deleted ideas, embeds new and changed ones in batches
 * (each batch stored at once, so a pass cut short by closing resumes where it stopped), keeps
 * every nearest neighbour right incrementally, and stores the figures that changed.
 * Runs on the meter's one background thread; the index is shared with readers.
 */
final class MeasuringPass {
    static final int BATCH = 32;
    private static final Logger LOG = Logger.getLogger(MeasuringPass.class.getName());
    private final NoveltyStore store;
    private final BaselineStore baselines;
    private final Embedder embedder;
    private final VectorIndex index;
    private final double threshold;
    /** The text hash of each vector in the index. */
    private final Map<Long, String> hashes = new HashMap<>();
    private Object baselineKey;
    private boolean loaded;

    MeasuringPass(NoveltyStore store, BaselineStore baselines, Embedder embedder, double threshold) {
        this.store = store;
        this.baselines = baselines;
        this.embedder = embedder;
        this.index = new VectorIndex(embedder.dimension());
        this.threshold = threshold;
    }

    VectorIndex index() {
        return index;
    }

    /**
     * Measures what needs it. {@code progress} is called after each stored batch with whether
     * anything changed; the pass stops early when {@code stop} says so. Returns true when figures changed.
     */
    boolean run(BooleanSupplier stop, Runnable progress) {
        String model = embedder.model();
        List<IdeaText> texts = store.ideaTexts(model);
        Map<Long, String> wanted = new HashMap<>();
        Map<Long, IdeaText> byId = new HashMap<>();
        for (IdeaText t : texts) {
            wanted.put(t.id(), Vectors.textHash(t.title(), t.body()));
            byId.put(t.id(), t);
        }
        Set<Long> touched = new HashSet<>();
        Set<Long> added = new HashSet<>();
        if (!loaded) {
            added.addAll(load(texts, wanted));
            loaded = true;
        }
        Set<Long> orphans = new HashSet<>();
        for (long id : index.ids()) {
            if (!Objects.equals(wanted.get(id), hashes.get(id))) {
                orphans.addAll(index.remove(id));
                hashes.remove(id);
            }
        }
        List<IdeaText> missing = new ArrayList<>();
        Set<Long> reusable = new HashSet<>();
        for (IdeaText t : texts) {
            if (!hashes.containsKey(t.id())) {
                if (wanted.get(t.id()).equals(t.embeddedHash())) {
                    reusable.add(t.id());
                } else {
                    missing.add(t);
                }
            }
        }
        if (!reusable.isEmpty()) {
            Map<Long, float[]> stored = store.vectors(model);
            for (long id : reusable) {
                float[] v = stored.get(id);
                if (v == null || v.length != embedder.dimension()) {
                    missing.add(byId.get(id));
                } else {
                    index.put(id, v);
                    hashes.put(id, wanted.get(id));
                    added.add(id);
                }
            }
        }
        orphans.removeIf(id -> !hashes.containsKey(id));
        index.relink(orphans);
        touched.addAll(orphans);
        touched.addAll(useBaseline());
        touched.addAll(index.link(added));
        save(touched);
        boolean changed = !touched.isEmpty();
        missing.sort((a, b) -> Long.compare(a.id(), b.id()));
        for (int from = 0; from < missing.size(); from += BATCH) {
            if (stop.getAsBoolean()) {
                return changed;
            }
            List<IdeaText> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            save(embed(batch, wanted));
            changed = true;
            progress.run();
        }
        return changed;
    }

    /** At the first pass: the vectors stored for the current texts, and the figures stored with them. */
    private Set<Long> load(List<IdeaText> texts, Map<Long, String> wanted) {
        Map<Long, float[]> stored = store.vectors(embedder.model());
        for (IdeaText t : texts) {
            float[] v = stored.get(t.id());
            if (v != null && v.length == embedder.dimension() && wanted.get(t.id()).equals(t.embeddedHash())) {
                index.put(t.id(), v);
                hashes.put(t.id(), t.embeddedHash());
            }
        }
        Map<Long, Novelty> figures = store.novelty(hashes.keySet());
        figures.values().forEach(index::restore);
        Set<Long> unmeasured = new HashSet<>(hashes.keySet());
        unmeasured.removeAll(figures.keySet());
        unmeasured.addAll(index.unlinked());
        return unmeasured;
    }

    private Set<Long> embed(List<IdeaText> batch, Map<Long, String> wanted) {
        List<String> inputs = new ArrayList<>(batch.size());
        for (IdeaText t : batch) {
            inputs.add(Vectors.text(t.title(), t.body()));
        }
        float[][] vectors = embedder.embed(inputs);
        Map<Long, float[]> byId = new HashMap<>();
        Map<Long, String> hashesOf = new HashMap<>();
        for (int k = 0; k < batch.size(); k++) {
            long id = batch.get(k).id();
            byId.put(id, vectors[k]);
            hashesOf.put(id, wanted.get(id));
            index.put(id, vectors[k]);
            hashes.put(id, wanted.get(id));
        }
        store.saveVectors(embedder.model(), byId, hashesOf);
        return index.link(byId.keySet());
    }

    /** Distances from the latest baseline, when it changed since the last pass. */
    private Set<Long> useBaseline() {
        Baseline latest;
        try {
            latest = baselines.latest().orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No baseline to measure from", e);
            latest = null;
        }
        List<float[]> items = new ArrayList<>();
        Object key = null;
        if (latest != null) {
            for (BaselineItem item : latest.items()) {
                if (embedder.model().equals(item.model()) && item.vector() != null
                        && item.vector().length == embedder.dimension()) {
                    items.add(Vectors.unit(item.vector()));
                }
            }
            key = List.of(latest.briefVersionId(), String.valueOf(latest.createdAt()), items.size());
        }
        if (Objects.equals(key, baselineKey) && baselineKey != null) {
            return Set.of();
        }
        boolean first = baselineKey == null && key == null;
        baselineKey = key;
        Set<Long> changed = index.baseline(items);
        return first ? Set.of() : changed;
    }

    private void save(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            store.saveNovelty(index.figures(ids, threshold).values());
        }
    }
}
