package org.offpiste.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.offpiste.novelty.IdeaText;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyStore;

/** Embeddings and novelty figures of ideas. */
final class SqliteNoveltyStore implements NoveltyStore {
    private final Database db;
    private final Times times;

    SqliteNoveltyStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<IdeaText> ideaTexts(String model) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<Long, float[]> vectors(String model) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void saveVectors(String model, Map<Long, float[]> vectors, Map<Long, String> textHashes) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void saveNovelty(Collection<Novelty> figures) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        throw new UnsupportedOperationException("not yet");
    }
}
