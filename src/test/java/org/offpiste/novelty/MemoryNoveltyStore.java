package org.offpiste.novelty;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The texts and vectors of the board's live ideas, in memory (the real store is another stream's). */
final class MemoryNoveltyStore implements NoveltyStore {
    private final Map<Long, IdeaText> texts = new LinkedHashMap<>();
    private final Map<Long, float[]> vectors = new LinkedHashMap<>();

    synchronized void put(long id, String title, String body) {
        texts.put(id, new IdeaText(id, title, body, null));
    }

    synchronized void remove(long id) {
        texts.remove(id);
        vectors.remove(id);
    }

    @Override
    public synchronized List<IdeaText> ideaTexts(String model) {
        return texts.values().stream()
                .map(t -> new IdeaText(t.id(), t.title(), t.body(), vectors.containsKey(t.id())
                        ? Vectors.textHash(t.title(), t.body()) : null))
                .toList();
    }

    @Override
    public synchronized Map<Long, float[]> vectors(String model) {
        return Map.copyOf(vectors);
    }

    @Override
    public synchronized void saveVectors(String model, Map<Long, float[]> newVectors, Map<Long, String> textHashes) {
        vectors.putAll(newVectors);
    }

    @Override
    public void saveNovelty(Collection<Novelty> figures) {
        throw new UnsupportedOperationException("not used by themes");
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        return Map.of();
    }
}
