package org.offpiste.board;

import java.time.Instant;

/**
 * Where a model's idea came from. Ideas typed or imported by a person have none.
 *
 * @param mode        the sparring mode's id ("diverge", "build-on")
 * @param techniqueId null outside Diverge
 * @param facet       what the technique attached: SCAMPER operator, persona, stimulus word, petal…
 * @param byHand      true when a person picked it from the answer ("add to board")
 */
public record IdeaOrigin(long ideaId, Long conversationId, Long messageId, String mode, String techniqueId,
                         String facet, String provider, String model, Long briefVersionId, boolean byHand,
                         Instant createdAt) {
    public IdeaOrigin {
        facet = facet == null ? "" : facet;
        provider = provider == null ? "" : provider;
        model = model == null ? "" : model;
    }

    /** The same origin for another idea (the store gives the id). */
    public IdeaOrigin forIdea(long id) {
        return new IdeaOrigin(id, conversationId, messageId, mode, techniqueId, facet, provider, model, briefVersionId,
                byHand, createdAt);
    }
}
