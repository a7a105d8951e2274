package org.offpiste.board;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.offpiste.novelty.Novelty;
import org.offpiste.ui.TaskExecutor;

/**
 * The novelty figures and origins of the ideas on the cards drawn: asked for in one background
 * batch per frame of drawing (only for the rows shown, so a 100,000-idea board costs what a screen
 * costs), held for {@link #CAPACITY} ideas. When the meter reports new figures, what is held is
 * kept but marked stale and asked for again as cards are drawn. Used on the UI thread only.
 */
public final class CardFigures {
    private static final Logger LOG = Logger.getLogger(CardFigures.class.getName());
    static final int CAPACITY = 2_000;

    /**
     * What a card shows of the engine for one idea; {@code novelty} and {@code origin} may be null.
     * {@code editedByPerson}: a model made it and a person has changed it since.
     */
    public record Figures(Novelty novelty, IdeaOrigin origin, boolean editedByPerson) {
    }

    private final BoardIdeation ideation;
    private final VersionStore versions;
    private final TaskExecutor executor;
    private final Map<Long, Held> held = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Held> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Set<Long> wanted = new LinkedHashSet<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private boolean scheduled;
    private boolean stopped;
    private boolean inFlight;
    private int generation;

    CardFigures(BoardIdeation ideation, VersionStore versions, TaskExecutor executor) {
        this.ideation = ideation;
        this.versions = versions;
        this.executor = executor;
    }

    /** The figures of {@code ideaId} if held (perhaps stale); asks for them when missing or stale. */
    public Optional<Figures> figures(long ideaId) {
        Held h = held.get(ideaId);
        if ((h == null || h.generation != generation) && !stopped) {
            want(ideaId);
            h = held.get(ideaId); // a synchronous executor has answered already
        }
        return h == null ? Optional.empty() : Optional.of(h.figures);
    }

    /** Ticks when figures arrive: cards read theirs again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while the meter has ideas it has not measured yet (cards without figures say "measuring…"). */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /** The meter or the board changed: what is held may be out of date. */
    void invalidate() {
        generation++;
        revision.set(revision.get() + 1);
    }

    private void want(long id) {
        wanted.add(id);
        if (!scheduled && !inFlight) {
            scheduled = true;
            executor.onUiLater(Duration.ZERO, this::fetch); // after this frame's cards have asked
        }
    }

    private void fetch() {
        scheduled = false;
        if (wanted.isEmpty() || inFlight || stopped) {
            return;
        }
        List<Long> ids = new ArrayList<>(wanted);
        wanted.clear();
        int gen = generation;
        inFlight = true;
        executor.run(() -> load(ids), answer -> arrived(ids, gen, answer), error -> {
            LOG.log(Level.WARNING, "Could not read the cards' novelty figures", error);
            arrived(ids, gen, new Answer(Map.of(), Map.of(), Set.of(), false)); // shown without figures until the meter reports
        });
    }

    private Answer load(List<Long> ids) throws InterruptedException {
        boolean busy = ideation.meter().available() && !ideation.meter().awaitMeasured(Duration.ZERO);
        Map<Long, IdeaOrigin> origins;
        try {
            origins = ideation.origins().origins(ids);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read where the ideas came from", e);
            origins = Map.of();
        }
        Set<Long> edited = Set.of();
        if (!origins.isEmpty()) {
            try {
                edited = versions.editedByPerson(origins.keySet());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read which model ideas a person edited", e);
            }
        }
        return new Answer(ideation.meter().novelty(ids), origins, edited, busy);
    }

    private void arrived(List<Long> ids, int gen, Answer answer) {
        inFlight = false;
        for (Long id : ids) {
            held.put(id, new Held(new Figures(answer.novelty.get(id), answer.origins.get(id), answer.edited.contains(id)), gen));
        }
        measuring.set(answer.busy);
        revision.set(revision.get() + 1);
        fetchMore();
    }

    private void fetchMore() {
        if (!wanted.isEmpty() && !scheduled) {
            scheduled = true;
            executor.onUiLater(Duration.ZERO, this::fetch);
        }
    }

    /** The board is closing: asks for nothing more. */
    void stop() {
        stopped = true;
        wanted.clear();
    }

    /** How many ideas' figures are held (tests). */
    int size() {
        return held.size();
    }

    private record Held(Figures figures, int generation) {
    }

    private record Answer(Map<Long, Novelty> novelty, Map<Long, IdeaOrigin> origins, Set<Long> edited, boolean busy) {
        Answer {
            novelty = new HashMap<>(novelty);
            origins = new HashMap<>(origins);
            edited = Set.copyOf(edited);
        }
    }
}
