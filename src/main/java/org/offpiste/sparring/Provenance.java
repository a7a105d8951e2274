package org.offpiste.sparring;

import java.util.List;

/**
 * What produced an answer: provider, model, mode, technique, brief version, the ideas it was
 * about, and the exact text that was sent ("show prompt").
 *
 * @param techniqueId  null when the mode takes no technique
 * @param briefVersionId null when the brief was empty
 * @param prompt       the exact text sent, as shown by "show prompt": system text and every turn
 */
public record Provenance(String provider, String model, Mode mode, String techniqueId, Long briefVersionId,
                         List<Long> ideaIds, String prompt) {
    public Provenance {
        ideaIds = List.copyOf(ideaIds);
        prompt = prompt == null ? "" : prompt;
    }
}
