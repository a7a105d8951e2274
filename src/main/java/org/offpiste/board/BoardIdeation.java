package org.offpiste.board;

import java.util.Locale;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Themes;

/**
 * What the board shows of the ideation engine: the novelty meter, the banal baseline, the themes,
 * where model ideas came from (and their image prompts), and the techniques' names.
 */
public record BoardIdeation(NoveltyMeter meter, Baselines baselines, Themes themes, OriginStore origins,
                            TechniqueLibrary techniques) {

    /** The technique's name in {@code locale}, or its id when the library does not know it; "" for none. */
    public String techniqueName(String techniqueId, Locale locale) {
        if (techniqueId == null || techniqueId.isBlank()) {
            return "";
        }
        return techniques.find(techniqueId).map(t -> t.name().in(locale)).orElse(techniqueId);
    }
}
