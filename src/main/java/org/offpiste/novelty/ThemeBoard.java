package org.offpiste.novelty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live ideas as themes see them, in the order of their ids: text and vector of each. Ideas
 * without a stored vector of the model, or whose text changed since, are embedded here (and not
 * stored: the novelty meter stores them).
 */
record ThemeBoard(List<IdeaText> ideas, float[][] vectors) {

    static ThemeBoard read(NoveltyStore store, Embedder embedder) {
        List<IdeaText> ideas = new ArrayList<>(store.ideaTexts(embedder.model()));
        ideas.sort(Comparator.comparingLong(IdeaText::id));
        Map<Long, float[]> stored = store.vectors(embedder.model());
        float[][] vectors = new float[ideas.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            IdeaText idea = ideas.get(i);
            boolean current = Vectors.textHash(idea.title(), idea.body()).equals(idea.embeddedHash());
            vectors[i] = current ? stored.get(idea.id()) : null;
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = embedder.embed(missing.stream()
                    .map(i -> Vectors.text(ideas.get(i).title(), ideas.get(i).body())).toList());
            for (int k = 0; k < missing.size(); k++) {
                vectors[missing.get(k)] = fresh[k];
            }
        }
        return new ThemeBoard(List.copyOf(ideas), vectors);
    }

    List<Long> ids(Cluster cluster) {
        return cluster.members().stream().map(i -> ideas.get(i).id()).toList();
    }

    List<IdeaText> texts(Cluster cluster) {
        return cluster.members().stream().map(ideas::get).toList();
    }

    Map<Long, float[]> vectorsById() {
        Map<Long, float[]> out = new HashMap<>();
        for (int i = 0; i < ideas.size(); i++) {
            out.put(ideas.get(i).id(), vectors[i]);
        }
        return out;
    }

    /** The ideas most like the rest of their group first (highest similarity to its centroid); unknown vectors last. */
    static List<Long> central(List<Long> ids, Map<Long, float[]> vectors) {
        float[] centroid = null;
        for (long id : ids) {
            float[] v = vectors.get(id);
            if (v != null) {
                centroid = centroid == null ? v.clone() : add(centroid, v);
            }
        }
        if (centroid == null) {
            return ids;
        }
        float[] c = centroid;
        Map<Long, Double> score = new HashMap<>();
        for (long id : ids) {
            float[] v = vectors.get(id);
            score.put(id, v == null ? Double.NEGATIVE_INFINITY : dot(c, v));
        }
        List<Long> out = new ArrayList<>(ids);
        out.sort(Comparator.comparingDouble((Long id) -> score.get(id)).reversed().thenComparingLong(id -> id));
        return out;
    }

    private static float[] add(float[] into, float[] v) {
        for (int i = 0; i < into.length; i++) {
            into[i] += v[i];
        }
        return into;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
