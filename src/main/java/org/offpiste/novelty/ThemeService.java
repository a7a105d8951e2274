package org.offpiste.novelty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.offpiste.brief.BriefLanguage;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.ProviderSettings;

/**
 * The board's themes: the live ideas clustered by their embeddings ({@link Clustering}), named
 * by the model when one answers ({@link ThemeNamer}), else by their salient words
 * ({@link SalientWords}), and stored. Ideas without a stored vector are embedded on the way (not
 * stored: the novelty meter owns the stored vectors); without the embedding model nothing is
 * found. A name a person gave survives finding the themes again on a group much the same
 * ({@link PersonNames}). Listeners are called on the thread that found or renamed.
 */
public final class ThemeService implements Themes {
    private static final Logger LOG = Logger.getLogger(ThemeService.class.getName());
    private static final Duration NAMING = Duration.ofSeconds(90);
    private static final int NAME_WORDS = 3;
    private static final int EXAMPLES = 2;
    private final ThemeStore store;
    private final NoveltyStore novelty;
    private final Supplier<Optional<Embedder>> embedder;
    private final Supplier<ProviderSettings> settings;
    private final BriefService brief;
    private final Supplier<Locale> locale;
    private final ThemeNamer namer;
    private final SalientWords words = SalientWords.standard();
    private final Listeners listeners = new Listeners();

    /** @param settings the provider and model that names the themes (a blank model: named by words) */
    public ThemeService(ThemeStore store, NoveltyStore novelty, Supplier<Optional<Embedder>> embedder,
                        ChatProvider provider, Supplier<ProviderSettings> settings, BriefService brief,
                        Supplier<Locale> locale) {
        this(store, novelty, embedder, provider, settings, brief, locale, NAMING);
    }

    ThemeService(ThemeStore store, NoveltyStore novelty, Supplier<Optional<Embedder>> embedder,
                 ChatProvider provider, Supplier<ProviderSettings> settings, BriefService brief,
                 Supplier<Locale> locale, Duration namingTimeout) {
        this.store = store;
        this.novelty = novelty;
        this.embedder = embedder;
        this.settings = settings;
        this.brief = brief;
        this.locale = locale;
        this.namer = new ThemeNamer(provider, namingTimeout);
    }

    @Override
    public List<Theme> themes() {
        return store.themes();
    }

    @Override
    public synchronized List<Theme> find() {
        Optional<ThemeBoard> board = board();
        if (board.isEmpty()) {
            LOG.info("No themes: the embedding model cannot run here");
            return store.themes();
        }
        List<Cluster> clusters = Clustering.clusters(board.get().vectors());
        Map<Integer, String> byModel = modelNames(board.get(), clusters);
        Messages m = new Messages(BriefLanguage.of(brief.current(), locale.get()));
        List<Theme> found = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            List<Long> ids = board.get().ids(clusters.get(c));
            if (byModel.containsKey(c)) {
                found.add(new Theme(0, byModel.get(c), Theme.NamedBy.MODEL, ids));
            } else {
                String byWords = wordsName(board.get(), clusters.get(c));
                String name = byWords.isEmpty() ? m.get("novelty.theme.unnamed", c + 1) : byWords;
                found.add(new Theme(0, name, Theme.NamedBy.WORDS, ids));
            }
        }
        List<Theme> stored = store.replace(PersonNames.kept(store.themes(), found));
        listeners.fire();
        return stored;
    }

    @Override
    public Theme rename(long themeId, String name) {
        Theme renamed = store.rename(themeId, name.strip());
        listeners.fire();
        return renamed;
    }

    @Override
    public List<String> crowded(int max) {
        List<Theme> themes = store.themes();
        Optional<ThemeBoard> board = Optional.empty();
        if (themes.isEmpty()) {
            board = board();
            themes = board.map(this::byWords).orElse(List.of());
        }
        Map<Long, IdeaText> texts = new HashMap<>();
        Map<Long, float[]> vectors;
        if (board.isPresent()) {
            board.get().ideas().forEach(i -> texts.put(i.id(), i));
            vectors = board.get().vectorsById();
        } else {
            String model = embedder.get().map(Embedder::model).orElse("");
            novelty.ideaTexts(model).forEach(i -> texts.put(i.id(), i));
            vectors = model.isEmpty() ? Map.of() : novelty.vectors(model);
        }
        Messages m = new Messages(BriefLanguage.of(brief.current(), locale.get()));
        List<String> out = new ArrayList<>();
        themes.stream().filter(t -> t.ideaIds().size() > 1)
                .sorted(Comparator.comparingInt((Theme t) -> t.ideaIds().size()).reversed())
                .limit(Math.max(0, max))
                .forEach(t -> out.add(describe(m, t, texts, vectors)));
        return out;
    }

    private String describe(Messages m, Theme theme, Map<Long, IdeaText> texts, Map<Long, float[]> vectors) {
        List<String> examples = ThemeBoard.central(theme.ideaIds(), vectors).stream()
                .map(texts::get).filter(java.util.Objects::nonNull).limit(EXAMPLES)
                .map(i -> m.get("novelty.crowded.example", i.title().strip())).toList();
        return m.get("novelty.crowded.item", theme.name(), String.join(", ", examples));
    }

    /** A quick clustering named by words, not stored (no model call: used while a prompt is built). */
    private List<Theme> byWords(ThemeBoard board) {
        List<Theme> out = new ArrayList<>();
        for (Cluster c : Clustering.clusters(board.vectors())) {
            out.add(new Theme(0, wordsName(board, c), Theme.NamedBy.WORDS, board.ids(c)));
        }
        return out;
    }

    private Optional<ThemeBoard> board() {
        return embedder.get().map(e -> ThemeBoard.read(novelty, e));
    }

    private Map<Integer, String> modelNames(ThemeBoard board, List<Cluster> clusters) {
        ProviderSettings chosen = settings.get();
        if (chosen.model().isBlank() || clusters.isEmpty()) {
            return Map.of();
        }
        List<List<String>> titles = clusters.stream()
                .map(c -> board.texts(c).stream().map(IdeaText::title).toList()).toList();
        return namer.names(titles, chosen, brief.current(), locale.get());
    }

    private String wordsName(ThemeBoard board, Cluster cluster) {
        return words.name(board.texts(cluster), board.ideas(), NAME_WORDS);
    }

    @Override
    public void addListener(Runnable changed) {
        listeners.add(changed);
    }

    @Override
    public void removeListener(Runnable changed) {
        listeners.remove(changed);
    }
}
