package org.offpiste.workshop;

import java.time.Duration;
import java.util.Objects;

/**
 * One timed round of a workshop agenda: its kind, its duration and the options that kind needs.
 * Every block is an immutable record; {@code standard()} gives each kind its usual settings.
 */
public sealed interface Block {
    /** The longest a single block may last. */
    Duration LONGEST = Duration.ofHours(4);

    BlockKind kind();

    Duration duration();

    /** The block with its default options, for a kind picked from a list. */
    static Block standard(BlockKind kind) {
        return switch (kind) {
            case SILENT_IDEATION -> SilentIdeation.standard();
            case MODEL_ROUND -> ModelRound.standard();
            case BRAINWRITING -> Brainwriting.standard();
            case CLUSTERING -> Clustering.standard();
            case DOT_VOTE -> DotVote.standard();
            case DUELS -> Duels.standard();
            case DEBRIEF -> Debrief.standard();
        };
    }

    /** Everyone writes alone; nobody sees the others' ideas until the facilitator reveals them. */
    record SilentIdeation(Duration duration) implements Block {
        public SilentIdeation {
            checkDuration(duration);
        }

        public static SilentIdeation standard() {
            return new SilentIdeation(Duration.ofMinutes(8));
        }

        @Override
        public BlockKind kind() {
            return BlockKind.SILENT_IDEATION;
        }
    }

    /** A round led by the model with one technique, named by its id (e.g. {@code scamper}). */
    record ModelRound(Duration duration, String techniqueId) implements Block {
        public static final String DEFAULT_TECHNIQUE = "scamper";

        public ModelRound {
            checkDuration(duration);
            Objects.requireNonNull(techniqueId, "techniqueId");
            if (techniqueId.isBlank()) {
                throw new IllegalArgumentException("A model round needs a technique");
            }
        }

        public static ModelRound standard() {
            return new ModelRound(Duration.ofMinutes(10), DEFAULT_TECHNIQUE);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.MODEL_ROUND;
        }
    }

    /**
     * Brainwriting 6-3-5: {@code rounds} passes of {@code roundLength}, each building on the previous
     * sheet. {@code modelParticipates} is kept in agenda files for a later version in which the model
     * writes one more sheet; nothing acts on it yet, so nothing offers it and the standard block leaves it off.
     */
    record Brainwriting(int rounds, Duration roundLength, boolean modelParticipates) implements Block {
        public Brainwriting {
            if (rounds < 1 || rounds > 12) {
                throw new IllegalArgumentException("Brainwriting needs 1 to 12 rounds, not " + rounds);
            }
            checkDuration(roundLength);
            checkDuration(roundLength.multipliedBy(rounds));
        }

        /** 6-3-5: six rounds of five minutes. */
        public static Brainwriting standard() {
            return new Brainwriting(6, Duration.ofMinutes(5), false);
        }

        @Override
        public Duration duration() {
            return roundLength.multipliedBy(rounds);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.BRAINWRITING;
        }
    }

    /** The ideas are grouped into themes. */
    record Clustering(Duration duration) implements Block {
        public Clustering {
            checkDuration(duration);
        }

        public static Clustering standard() {
            return new Clustering(Duration.ofMinutes(10));
        }

        @Override
        public BlockKind kind() {
            return BlockKind.CLUSTERING;
        }
    }

    /** Each participant places {@code dots} dots, at most {@code maxPerIdea} on one idea. */
    record DotVote(Duration duration, int dots, int maxPerIdea, boolean anonymous) implements Block {
        public DotVote {
            checkDuration(duration);
            if (dots < 1 || dots > 100) {
                throw new IllegalArgumentException("A dot vote gives 1 to 100 dots, not " + dots);
            }
            if (maxPerIdea < 1 || maxPerIdea > dots) {
                throw new IllegalArgumentException("Dots on one idea must be 1 to " + dots + ", not " + maxPerIdea);
            }
        }

        /** Five dots, one per idea, anonymous. */
        public static DotVote standard() {
            return new DotVote(Duration.ofMinutes(10), 5, 1, true);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.DOT_VOTE;
        }
    }

    /** Pairwise duels between the {@code topN} best-ranked ideas. */
    record Duels(Duration duration, int topN) implements Block {
        public Duels {
            checkDuration(duration);
            if (topN < 2 || topN > 100) {
                throw new IllegalArgumentException("Duels need 2 to 100 ideas, not " + topN);
            }
        }

        public static Duels standard() {
            return new Duels(Duration.ofMinutes(15), 5);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.DUELS;
        }
    }

    /** What the group keeps, and what happens next. */
    record Debrief(Duration duration) implements Block {
        public Debrief {
            checkDuration(duration);
        }

        public static Debrief standard() {
            return new Debrief(Duration.ofMinutes(5));
        }

        @Override
        public BlockKind kind() {
            return BlockKind.DEBRIEF;
        }
    }

    private static void checkDuration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(
                    "A block lasts more than zero and at most " + LONGEST + ", not " + duration);
        }
    }
}
