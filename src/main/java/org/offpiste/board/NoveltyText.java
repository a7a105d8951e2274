package org.offpiste.board;

import java.util.Locale;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;

/** The novelty meter's figures in words, for cards, the editor and the board's strip. */
final class NoveltyText {
    /** At or above this distance to the baseline an idea is "far from the obvious". */
    static final double FAR = 0.45;
    /** Below this distance an idea is "close to the obvious". */
    static final double CLOSE = 0.25;
    private final Messages messages;

    NoveltyText(Messages messages) {
        this.messages = messages;
    }

    /** "0.62", in the language's digits. */
    String figure(double value) {
        return String.format(messages.locale(), "%.2f", value);
    }

    /** "Far from the obvious · 0.62". */
    String distance(double distance) {
        return messages.get("board.novelty.distance", word(distance), figure(distance));
    }

    String word(double distance) {
        String key = distance >= FAR ? "far" : distance >= CLOSE ? "some" : "close";
        return messages.get("board.novelty.word." + key);
    }

    /** The card's tooltip: each figure, then what it means. */
    String tooltip(Novelty n, double threshold) {
        StringBuilder b = new StringBuilder();
        if (n.baselineDistance() != null) {
            b.append(messages.get("board.novelty.tip.distance", figure(n.baselineDistance()))).append("\n\n");
        } else {
            b.append(messages.get("board.novelty.tip.noBaseline")).append("\n\n");
        }
        if (n.nearestId() != null && n.nearestSimilarity() != null) {
            b.append(messages.get("board.novelty.tip.nearest", figure(n.nearestSimilarity()), n.nearestId())).append("\n\n");
        }
        b.append(messages.get("board.novelty.tip.cosine", figure(threshold)));
        if (n.duplicateOf() != null) {
            b.append("\n\n").append(messages.get("board.novelty.tip.duplicate", n.duplicateOf(), figure(threshold)));
        }
        return b.toString();
    }

    /** "≈ 14 distinct ideas among 20". */
    String vendi(Diversity d) {
        return messages.get("board.diversity.vendi", Math.round(d.vendi()), d.count());
    }

    String lower(String text) {
        return text.toLowerCase(messages.locale() == null ? Locale.ROOT : messages.locale());
    }
}
