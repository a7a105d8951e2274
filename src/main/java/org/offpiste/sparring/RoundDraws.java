package org.offpiste.sparring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.offpiste.brief.Brief;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.DrawKind;
import org.offpiste.ideation.Technique;
import org.offpiste.ideation.TechniqueDraws;
import org.offpiste.ideation.TechniqueLibrary;

/**
 * The random draw (a word, personas, a constraint) of the next Diverge round, per technique. The
 * draw shown by "show prompt" is the one sent; once sent, the next round draws afresh, avoiding
 * what the last one gave.
 */
final class RoundDraws {
    private static final String PERSONA_POOL = "tactic:persona-pool/";
    private final TechniqueLibrary techniques;
    private final TechniqueDraws draws;
    private final Map<String, Draw> pending = new HashMap<>();
    private final Map<String, Draw> previous = new HashMap<>();

    RoundDraws(TechniqueLibrary techniques) {
        this.techniques = techniques;
        this.draws = new TechniqueDraws(techniques, RandomGenerator.getDefault());
    }

    /** The draw the next round of this turn's technique will use. */
    synchronized Draw peek(Turn turn, Brief brief, Locale language) {
        Optional<Technique> t = technique(turn);
        if (t.isEmpty() || t.get().draw() == DrawKind.NONE) {
            return Draw.none();
        }
        return peek(t.get().id() + "/" + language.getLanguage(), t.get().draw(), brief, language);
    }

    /** The draw for a round being sent now; the next round will draw another. */
    synchronized Draw take(Turn turn, Brief brief, Locale language) {
        Draw d = peek(turn, brief, language);
        technique(turn).ifPresent(t -> taken(t.id() + "/" + language.getLanguage(), d));
        return d;
    }

    /** The three personas the persona-pool tactic of the next round will use, whatever the technique. */
    synchronized Draw peekPersonas(Brief brief, Locale language) {
        return peek(PERSONA_POOL + language.getLanguage(), DrawKind.PERSONAS, brief, language);
    }

    /** The personas of a round being sent now; the next round will draw others. */
    synchronized Draw takePersonas(Brief brief, Locale language) {
        Draw d = peekPersonas(brief, language);
        taken(PERSONA_POOL + language.getLanguage(), d);
        return d;
    }

    private Draw peek(String key, DrawKind kind, Brief brief, Locale language) {
        Draw current = pending.get(key);
        if (current == null || TechniqueDraws.clashesWith(current, brief)) {
            current = draws.draw(kind, brief, language, previous.get(key));
            pending.put(key, current);
        }
        return current;
    }

    private void taken(String key, Draw d) {
        pending.remove(key);
        previous.put(key, d);
    }

    private Optional<Technique> technique(Turn turn) {
        return turn.mode().usesTechnique() && turn.techniqueId() != null ? techniques.find(turn.techniqueId())
                : Optional.empty();
    }
}
