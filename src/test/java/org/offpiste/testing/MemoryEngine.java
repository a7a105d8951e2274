package org.offpiste.testing;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VisualPrompt;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Similar;
import org.offpiste.novelty.Theme;
import org.offpiste.novelty.Themes;

/**
 * The ideation engine in memory for the tests of the board, the sparring pane and the capture: a
 * meter, a baseline, themes and idea origins whose figures the test sets (public fields), counting
 * what it is asked. Its listeners are those of the meter, the baseline and the themes together.
 * Thread-safe; a test package extends it with what only its own tests need.
 */
public class MemoryEngine implements NoveltyMeter, Baselines, Themes, OriginStore {
    public final Map<Long, Novelty> novelty = new ConcurrentHashMap<>();
    public final Map<Long, IdeaOrigin> origins = new ConcurrentHashMap<>();
    public final Map<Long, List<VisualPrompt>> prompts = new ConcurrentHashMap<>();
    public final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    public final AtomicInteger changes = new AtomicInteger();
    public final AtomicInteger regenerated = new AtomicInteger();
    public final AtomicInteger ensured = new AtomicInteger();
    public final AtomicInteger noveltyCalls = new AtomicInteger();
    public final AtomicLong noveltyAsked = new AtomicLong();
    public volatile boolean available = true;
    /** While true, {@link #awaitMeasured} says the meter has not caught up. */
    public volatile boolean busy;
    public volatile Diversity board = Diversity.empty();
    public volatile Function<String, Optional<Similar>> nearest = text -> Optional.empty();
    public volatile BaselineState state = new BaselineState(BaselineState.Status.NO_MODEL, Optional.empty(),
            Optional.empty());
    public volatile List<Theme> themes = List.of();
    /** What {@link #find()} finds: by default the themes already set. */
    public volatile Supplier<List<Theme>> finder = () -> themes;

    /** The listeners hear a change (on this thread, as a background meter or baseline would call them). */
    public void fire() {
        listeners.forEach(Runnable::run);
    }

    // NoveltyMeter

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void changed() {
        changes.incrementAndGet();
    }

    @Override
    public boolean awaitMeasured(Duration timeout) {
        return !busy;
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        noveltyCalls.incrementAndGet();
        noveltyAsked.addAndGet(ideaIds.size());
        Map<Long, Novelty> m = new HashMap<>();
        ideaIds.forEach(id -> Optional.ofNullable(novelty.get(id)).ifPresent(n -> m.put(id, n)));
        return m;
    }

    @Override
    public Diversity diversity(Collection<Long> ideaIds) {
        return board;
    }

    @Override
    public Diversity board() {
        return board;
    }

    @Override
    public Optional<Similar> nearest(String text) {
        return nearest.apply(text);
    }

    @Override
    public double duplicateThreshold() {
        return 0.8;
    }

    @Override
    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }

    // Baselines

    @Override
    public BaselineState state() {
        return state;
    }

    @Override
    public void ensure() {
        ensured.incrementAndGet();
    }

    @Override
    public void regenerate() {
        regenerated.incrementAndGet();
    }

    // Themes

    @Override
    public List<Theme> themes() {
        return themes;
    }

    @Override
    public List<Theme> find() {
        themes = finder.get();
        return themes;
    }

    @Override
    public Theme rename(long themeId, String name) {
        Theme renamed = themes.stream().filter(t -> t.id() == themeId).findFirst()
                .map(t -> new Theme(t.id(), name, Theme.NamedBy.PERSON, t.ideaIds())).orElseThrow();
        themes = themes.stream().map(t -> t.id() == themeId ? renamed : t).toList();
        return renamed;
    }

    @Override
    public List<String> crowded(int max) {
        return List.of();
    }

    // OriginStore

    @Override
    public Map<Long, IdeaOrigin> origins(Collection<Long> ideaIds) {
        Map<Long, IdeaOrigin> m = new HashMap<>();
        ideaIds.forEach(id -> Optional.ofNullable(origins.get(id)).ifPresent(o -> m.put(id, o)));
        return m;
    }

    @Override
    public List<VisualPrompt> visualPrompts(long ideaId) {
        return List.copyOf(prompts.getOrDefault(ideaId, List.of()));
    }

    @Override
    public List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> extracted) {
        return List.of();
    }
}
