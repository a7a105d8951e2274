package org.offpiste.facilitate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.offpiste.i18n.Messages;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.WorkshopState;

/** How blocks, durations and countdowns read in the person's language. */
final class RoundTexts {
    private final Messages m;
    private final Function<String, String> techniqueName;

    RoundTexts(Messages messages, Function<String, String> techniqueName) {
        this.m = messages;
        this.techniqueName = techniqueName;
    }

    Messages messages() {
        return m;
    }

    String name(Block block) {
        return m.get(block.kind().nameKey());
    }

    /** What the participants do in this round. */
    String hint(Block block) {
        return m.get(block.kind().descriptionKey());
    }

    /** "Round 2 of 5 · Dot vote", or that the agenda is over; empty without a workshop. */
    String title(WorkshopState s) {
        return s == null ? "" : s.block().map(b -> m.get("workshop.round.title", s.blockIndex() + 1, s.agenda().size(),
                name(b))).orElse(m.get("workshop.round.over"));
    }

    /** What the participants do in this round, followed by its options. */
    String hintWithOptions(Block block) {
        String options = options(block);
        return options.isEmpty() ? hint(block) : hint(block) + " " + options + ".";
    }

    /** The agenda's rounds as the facilitator's list shows them; none without a workshop. */
    List<RoundRow> rows(WorkshopState s) {
        List<RoundRow> out = new ArrayList<>();
        if (s != null) {
            List<Block> blocks = s.agenda().blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                out.add(new RoundRow(i + 1, name(b), options(b), length(b.duration()), i == s.blockIndex(),
                        i < s.blockIndex()));
            }
        }
        return out;
    }

    /** The block's options in a few words ("5 dots, 1 per idea, anonymous"); empty for a kind without any. */
    String options(Block block) {
        if (block instanceof Block.ModelRound r) {
            return m.get("workshop.options.technique", techniqueName.apply(r.techniqueId()));
        }
        if (block instanceof Block.DotVote d) {
            return m.get(d.anonymous() ? "workshop.options.dots.anonymous" : "workshop.options.dots",
                    d.dots(), d.maxPerIdea());
        }
        if (block instanceof Block.Duels d) {
            return m.get("workshop.options.duels", d.topN());
        }
        if (block instanceof Block.Brainwriting b) {
            return m.get("workshop.options.brainwriting", b.rounds(), b.roundLength().toMinutes());
        }
        return "";
    }

    /** A length as "10 min" or "1 h 30 min". */
    String length(Duration d) {
        long minutes = (d.toSeconds() + 59) / 60;
        return minutes < 60 ? m.get("workshop.length.minutes", minutes)
                : m.get("workshop.length.hours", minutes / 60, String.format(Locale.ROOT, "%02d", minutes % 60));
    }

    /** A countdown as "07:59" (or "1:02:03"), whole seconds rounded up so that 0:00 means the end. */
    static String countdown(Duration left) {
        long seconds = (left.toMillis() + 999) / 1000;
        long h = seconds / 3600;
        long mm = seconds / 60 % 60;
        long ss = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, mm, ss)
                : String.format(Locale.ROOT, "%02d:%02d", mm, ss);
    }
}
