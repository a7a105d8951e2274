package org.offpiste.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.Theme;
import org.offpiste.project.Project;
import org.offpiste.project.Session;

/**
 * What the project file already knows of ideas (origin, the novelty figures last measured, themes),
 * without measuring anything: the window's exports (the command line measures first).
 */
public final class StoredFacts implements ProjectExporter.Facts {
    private static final Logger LOG = Logger.getLogger(StoredFacts.class.getName());

    @Override
    public Function<Long, IdeaFacts> apply(Session session, List<Idea> ideas) {
        Project project = session.project();
        List<Long> ids = ideas.stream().map(Idea::id).toList();
        Map<Long, IdeaOrigin> origins = project.origins().origins(ids);
        Map<Long, Novelty> novelty = Map.of();
        Map<Long, String> themes = new HashMap<>();
        try {
            novelty = project.novelty().novelty(ids);
            for (Theme t : project.themes().themes()) {
                t.ideaIds().forEach(id -> themes.put(id, t.name()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the ideas' novelty or themes", e);
        }
        Map<Long, Novelty> figures = novelty;
        return id -> {
            IdeaOrigin o = origins.get(id);
            Novelty n = figures.get(id);
            return new IdeaFacts(o == null ? null : o.techniqueId(), o == null || o.model().isBlank() ? null : o.model(),
                    n == null ? null : n.baselineDistance(), n == null ? null : n.nearestId(),
                    n == null ? null : n.duplicateOf(), themes.get(id));
        };
    }
}
