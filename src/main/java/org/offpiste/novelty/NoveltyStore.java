package org.offpiste.novelty;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where embeddings and novelty figures are kept (tables idea_embedding and idea_novelty). */
public interface NoveltyStore {

    /** Every live idea's text with the hash of what its vector of {@code model} was made from. */
    List<IdeaText> ideaTexts(String model);

    /** Every stored vector of {@code model} for live ideas. */
    Map<Long, float[]> vectors(String model);

    void saveVectors(String model, Map<Long, float[]> vectors, Map<Long, String> textHashes);

    void saveNovelty(Collection<Novelty> figures);

    Map<Long, Novelty> novelty(Collection<Long> ideaIds);
}
