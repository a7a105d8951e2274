package org.offpiste.novelty;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The novelty meter of one project: embeds ideas in the background, keeps their figures in the
 * project, and answers from memory. Calls return at once unless said otherwise; listeners are
 * called on a background thread when figures change (views hand off).
 */
public interface NoveltyMeter {

    /** False when the embedding model cannot run on this machine: every figure is then absent. */
    boolean available();

    /** Something changed on the board or in the baseline: measure what needs it, in the background. */
    void changed();

    /** Waits until everything known now is measured (the command line, tests). */
    boolean awaitMeasured(Duration timeout) throws InterruptedException;

    Map<Long, Novelty> novelty(Collection<Long> ideaIds);

    Diversity diversity(Collection<Long> ideaIds);

    /** The whole board's diversity (live ideas). */
    Diversity board();

    /** The most similar live idea to {@code text}. Embeds the text: blocking, never on the FX thread. */
    Optional<Similar> nearest(String text);

    /** Cosine similarity at or above which two ideas are near-duplicates (0.8 by default). */
    double duplicateThreshold();

    void addListener(Runnable changed);

    void removeListener(Runnable changed);
}
