package org.offpiste.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.capture.Ideation;
import org.offpiste.export.IdeaFacts;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Theme;
import org.offpiste.project.Session;

/** What the ideation engine knows of the ideas a command lists: measured first (for a bounded time). */
final class IdeaFigures {
    /** How long a command waits for the novelty meter before writing what it has. */
    static final Duration MEASURE_WAIT = Duration.ofSeconds(60);
    /** Boards up to this size are measured before they are listed (seconds); larger ones list what is stored. */
    static final int MEASURE_AT_ONCE = 2_000;
    private static final Logger LOG = Logger.getLogger(IdeaFigures.class.getName());

    private IdeaFigures() {
    }

    static Function<Long, IdeaFacts> of(Session session, List<Idea> ideas) {
        List<Long> ids = ideas.stream().map(Idea::id).collect(Collectors.toList());
        Map<Long, IdeaOrigin> origins = session.project().origins().origins(ids);
        Map<Long, Novelty> figures = Map.of();
        Map<Long, String> themes = new HashMap<>();
        if (session.hasIdeation()) {
            Ideation ideation = session.ideation();
            figures = session.board().store().count() <= MEASURE_AT_ONCE ? measured(ideation.novelty(), ids)
                    : stored(session, ids);
            for (Theme t : themes(ideation)) {
                t.ideaIds().forEach(id -> themes.put(id, t.name()));
            }
        }
        Map<Long, Novelty> measured = figures;
        return id -> {
            IdeaOrigin o = origins.get(id);
            Novelty n = measured.get(id);
            return new IdeaFacts(o == null ? null : o.techniqueId(), o == null || o.model().isBlank() ? null : o.model(),
                    n == null ? null : n.baselineDistance(), n == null ? null : n.nearestId(),
                    n == null ? null : n.duplicateOf(), themes.get(id));
        };
    }

    /**
     * The figures stored in the project, without measuring: a large board is measured in the
     * window's background or by {@code offpiste diversity}, not by a listing.
     */
    private static Map<Long, Novelty> stored(Session session, List<Long> ids) {
        try {
            return session.project().novelty().novelty(ids);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the ideas' novelty", e);
            return Map.of();
        }
    }

    private static Map<Long, Novelty> measured(NoveltyMeter meter, List<Long> ids) {
        try {
            meter.changed();
            if (!meter.awaitMeasured(MEASURE_WAIT)) {
                LOG.log(Level.INFO, "The novelty meter had not measured everything after {0}", MEASURE_WAIT);
            }
            return meter.novelty(ids);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not measure the ideas' novelty", e);
            return Map.of();
        }
    }

    private static List<Theme> themes(Ideation ideation) {
        try {
            return ideation.themes().themes();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the themes", e);
            return List.of();
        }
    }
}
