package org.offpiste.novelty;

/**
 * How varied a set of ideas is.
 *
 * @param count          ideas measured (those with a vector)
 * @param meanSimilarity mean pairwise cosine similarity (lower is more diverse); 0 below two ideas
 * @param vendi          Vendi score: the effective number of distinct ideas (1 to count)
 */
public record Diversity(int count, double meanSimilarity, double vendi) {
    public static Diversity empty() {
        return new Diversity(0, 0, 0);
    }
}
