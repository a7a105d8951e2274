package org.offpiste.sparring;

import java.util.EnumSet;
import java.util.Set;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.Tactic;

/** The paragraphs a Diverge round's tactics and "Push further" add to its instruction, from the prompt bundle. */
final class TacticTexts {
    private TacticTexts() {
    }

    /** Each chosen tactic's paragraph, in the tactics' order; empty when none is chosen. */
    static String tactics(Messages m, Set<Tactic> chosen, DivergeExtras extras) {
        StringBuilder out = new StringBuilder();
        Set<Tactic> ordered = chosen.isEmpty() ? EnumSet.noneOf(Tactic.class) : EnumSet.copyOf(chosen);
        for (Tactic t : ordered) {
            String text;
            if (t == Tactic.PERSONA_POOL) {
                if (extras.personas().isEmpty()) {
                    continue;
                }
                text = m.get("prompt.tactic.persona-pool", String.join("; ", extras.personas().items()));
            } else {
                text = m.get("prompt.tactic." + t.id());
            }
            out.append("\n\n").append(text);
        }
        return out.toString();
    }

    /** The "Push further" paragraph and the titles of the board's ideas to leave behind. */
    static String pushFurther(Messages m, DivergeExtras extras) {
        StringBuilder out = new StringBuilder("\n\n");
        if (extras.crowded().isEmpty()) {
            out.append(m.get("prompt.turn.pushFurther.generic"));
        } else {
            StringBuilder themes = new StringBuilder();
            extras.crowded().forEach(t -> themes.append("\n- ").append(t.strip()));
            out.append(m.get("prompt.turn.pushFurther", themes.toString()));
        }
        if (!extras.boardTitles().isEmpty()) {
            out.append("\n\n## ").append(m.get("prompt.pushFurther.board")).append("\n\n");
            extras.boardTitles().forEach(t -> out.append("- ").append(t.strip()).append('\n'));
        }
        return out.toString().stripTrailing();
    }
}
