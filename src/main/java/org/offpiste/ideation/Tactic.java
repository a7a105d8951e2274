package org.offpiste.ideation;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Diversity tactics from the research (RESEARCH.md), added to a Diverge round's instructions.
 * Each has a text in the {@code prompt} bundle ({@code prompt.tactic.<id>}).
 */
public enum Tactic {
    /** Generate, then revise so that each idea is explicitly different from the others. */
    REVISE,
    /** Verbalized sampling: several candidates with probabilities, keep the unlikely ones. */
    LONG_SHOTS,
    /** Ideas from a pool of drawn ordinary personas (on top of a technique that has none). */
    PERSONA_POOL;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** On by default: those that help without costing coherence. */
    public static Set<Tactic> defaults() {
        return EnumSet.of(REVISE, LONG_SHOTS);
    }
}
