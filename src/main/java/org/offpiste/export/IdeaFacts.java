package org.offpiste.export;

/**
 * What the ideation engine knows of an idea, written beside it in JSON.
 *
 * @param technique   the technique of the round it came from; null for ideas typed or imported
 * @param model       the model that wrote it; null likewise
 * @param novelty     its distance to the banal baseline; null when not measured
 * @param nearest     the most similar other idea; null when not measured or alone
 * @param duplicateOf the older idea it nearly repeats, or null
 * @param theme       the name of its theme, or null
 */
public record IdeaFacts(String technique, String model, Double novelty, Long nearest, Long duplicateOf,
                        String theme) {
    private static final IdeaFacts NONE = new IdeaFacts(null, null, null, null, null, null);

    public static IdeaFacts none() {
        return NONE;
    }
}
