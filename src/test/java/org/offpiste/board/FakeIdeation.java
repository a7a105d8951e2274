package org.offpiste.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineItem;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Baselines;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyMeter;
import org.offpiste.novelty.Similar;
import org.offpiste.novelty.Theme;
import org.offpiste.novelty.Themes;

/** The ideation engine as the board sees it, with figures set by the test. Thread-safe. */
final class FakeIdeation implements NoveltyMeter, Baselines, Themes, OriginStore {
    final Map<Long, Novelty> novelty = new ConcurrentHashMap<>();
    final Map<Long, IdeaOrigin> origins = new ConcurrentHashMap<>();
    final Map<Long, List<VisualPrompt>> prompts = new ConcurrentHashMap<>();
    final List<Runnable> meterListeners = new CopyOnWriteArrayList<>();
    final AtomicInteger regenerated = new AtomicInteger();
    final AtomicInteger ensured = new AtomicInteger();
    final AtomicInteger noveltyCalls = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong noveltyAsked = new java.util.concurrent.atomic.AtomicLong();
    volatile boolean available = true;
    volatile boolean busy;
    volatile Diversity board = Diversity.empty();
    volatile BaselineState state = new BaselineState(BaselineState.Status.NO_MODEL, Optional.empty(), Optional.empty());
    volatile List<Theme> themes = List.of();
    volatile Supplier<List<Theme>> finder = () -> themes;

    BoardIdeation ideation() {
        return new BoardIdeation(this, this, this, this, TechniqueLibrary.builtIn());
    }

    static Novelty measured(long id, Double distance, Long nearest, Double similarity, Long duplicateOf) {
        return new Novelty(id, distance, nearest, similarity, duplicateOf);
    }

    static Baseline baseline(String model, long version, String... titles) {
        List<BaselineItem> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            items.add(new BaselineItem(i, titles[i], "", "all-minilm-l6-v2", new float[0]));
        }
        return new Baseline(version, "Ollama", model, "Give me ideas", String.join("\n", titles), Instant.now(), items);
    }

    void fireMeter() {
        meterListeners.forEach(Runnable::run);
    }

    void fireBaseline() {
        meterListeners.forEach(Runnable::run);
    }

    // NoveltyMeter

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void changed() {
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
        return Optional.empty();
    }

    @Override
    public double duplicateThreshold() {
        return 0.8;
    }

    @Override
    public void addListener(Runnable changed) {
        meterListeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        meterListeners.remove(changed);
    }

    // Baselines (the three interfaces share one list of listeners)

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
        return prompts.getOrDefault(ideaId, List.of());
    }

    @Override
    public List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> extracted) {
        return List.of();
    }
}
