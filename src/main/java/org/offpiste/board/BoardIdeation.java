package org.offpiste.board;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Themes;
import org.offpiste.ranking.IdeaScore;

/**
 * What the board shows of the ideation engine: the novelty meter, the banal baseline, the themes,
 * where model ideas came from (and their image prompts), and the techniques' names; and of the
 * judgement, the ideas' weighted scores on the criteria.
 *
 * @param scores the weighted score of every rated live idea (read off the UI thread)
 */
public record BoardIdeation(NoveltyMeter meter, Baselines baselines, Themes themes, OriginStore origins,
                            TechniqueLibrary techniques, Supplier<Map<Long, IdeaScore>> scores) {

    /** Without scores (a board without judgement). */
    public BoardIdeation(NoveltyMeter meter, Baselines baselines, Themes themes, OriginStore origins,
                         TechniqueLibrary techniques) {
        this(meter, baselines, themes, origins, techniques, Map::of);
    }

    /** The technique's name in {@code locale}, or its id when the library does not know it; "" for none. */
    public String techniqueName(String techniqueId, Locale locale) {
        if (techniqueId == null || techniqueId.isBlank()) {
            return "";
        }
        return techniques.find(techniqueId).map(t -> t.name().in(locale)).orElse(techniqueId);
    }
}
