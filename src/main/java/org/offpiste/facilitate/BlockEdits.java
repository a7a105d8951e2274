package org.offpiste.facilitate;

import java.time.Duration;
import org.offpiste.workshop.Block;

/** A block with one option changed, kept valid (a value out of range is brought back into it). */
final class BlockEdits {
    private BlockEdits() {
    }

    static Block minutes(Block b, int minutes) {
        Duration d = Duration.ofMinutes(clamp(minutes, 1, (int) Block.LONGEST.toMinutes()));
        if (b instanceof Block.SilentIdeation) {
            return new Block.SilentIdeation(d);
        } else if (b instanceof Block.ModelRound r) {
            return new Block.ModelRound(d, r.techniqueId());
        } else if (b instanceof Block.Brainwriting w) {
            return new Block.Brainwriting(w.rounds(), Duration.ofMinutes(clamp(minutes / w.rounds(), 1, 20)),
                    w.modelParticipates());
        } else if (b instanceof Block.Clustering) {
            return new Block.Clustering(d);
        } else if (b instanceof Block.DotVote v) {
            return new Block.DotVote(d, v.dots(), v.maxPerIdea(), v.anonymous());
        } else if (b instanceof Block.Duels u) {
            return new Block.Duels(d, u.topN());
        }
        return new Block.Debrief(d);
    }

    static Block technique(Block b, String id) {
        return b instanceof Block.ModelRound r && id != null && !id.isBlank() ? new Block.ModelRound(r.duration(), id) : b;
    }

    static Block dots(Block b, int dots) {
        if (b instanceof Block.DotVote v) {
            int n = clamp(dots, 1, 100);
            return new Block.DotVote(v.duration(), n, Math.min(v.maxPerIdea(), n), v.anonymous());
        }
        return b;
    }

    static Block maxPerIdea(Block b, int max) {
        return b instanceof Block.DotVote v
                ? new Block.DotVote(v.duration(), v.dots(), clamp(max, 1, v.dots()), v.anonymous()) : b;
    }

    static Block anonymous(Block b, boolean anonymous) {
        return b instanceof Block.DotVote v ? new Block.DotVote(v.duration(), v.dots(), v.maxPerIdea(), anonymous) : b;
    }

    static Block topN(Block b, int n) {
        return b instanceof Block.Duels d ? new Block.Duels(d.duration(), clamp(n, 2, 100)) : b;
    }

    static Block rounds(Block b, int rounds) {
        return b instanceof Block.Brainwriting w
                ? new Block.Brainwriting(clamp(rounds, 1, 12), w.roundLength(), w.modelParticipates()) : b;
    }

    static Block roundMinutes(Block b, int minutes) {
        return b instanceof Block.Brainwriting w ? new Block.Brainwriting(w.rounds(),
                Duration.ofMinutes(clamp(minutes, 1, 20)), w.modelParticipates()) : b;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
