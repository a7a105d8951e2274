package org.offpiste.sparring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sparring modes of DESIGN.md: what the person asks the model to do this turn. */
public enum Mode {
    /** Generate ideas with a technique. */
    DIVERGE(false, true),
    /** Attack the selected idea(s): risks, clichés, why it would fail with this audience. */
    CHALLENGE(true, false),
    /** Ask the 3–5 questions that would most sharpen the brief. */
    QUESTION_ME(false, false),
    /** "Yes, and": grow the selected idea into variants. */
    BUILD_ON(true, false),
    /** Rewrite the selected idea following the person's instruction. */
    REFINE(true, false),
    /** Prompts for image generators (Midjourney, DALL·E, Stable Diffusion) for the selected idea(s). */
    VISUALIZE(true, false);

    private final boolean usesSelectedIdeas;
    private final boolean usesTechnique;

    Mode(boolean usesSelectedIdeas, boolean usesTechnique) {
        this.usesSelectedIdeas = usesSelectedIdeas;
        this.usesTechnique = usesTechnique;
    }

    /** True when the board's selected ideas are part of the instruction. */
    public boolean usesSelectedIdeas() {
        return usesSelectedIdeas;
    }

    public boolean usesTechnique() {
        return usesTechnique;
    }

    /** The command line's and the file's name: {@code diverge}, {@code question-me}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Mode> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(m -> m.id().equals(wanted)).findFirst();
    }
}
