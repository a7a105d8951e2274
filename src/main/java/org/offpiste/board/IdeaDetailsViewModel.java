package org.offpiste.board;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.ideation.Generator;
import org.offpiste.novelty.Novelty;
import org.offpiste.ui.TaskExecutor;

/**
 * What the idea editor shows beside the fields for one idea: where it came from, its novelty figures
 * with the nearest idea, its versions and comments, and its image prompts with Copy (through a
 * clipboard port the view gives).
 */
public final class IdeaDetailsViewModel {
    static final Duration COPIED_FOR = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(IdeaDetailsViewModel.class.getName());

    /** The figures, with the titles of the ideas they name (null when gone). */
    public record Figures(Novelty novelty, String nearestTitle, String duplicateTitle) {
    }

    private final long ideaId;
    private final BoardInsightsViewModel insights;
    private final TaskExecutor executor;
    private final Consumer<String> clipboard;
    private final ReadOnlyObjectWrapper<IdeaOrigin> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ObservableList<VisualPrompt> prompts = FXCollections.observableArrayList();
    private final ObservableList<VisualPrompt> promptsShown = FXCollections.unmodifiableObservableList(prompts);
    private final ReadOnlyObjectWrapper<Long> copied = new ReadOnlyObjectWrapper<>(this, "copied");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final VersionsViewModel versions;
    private final CommentsViewModel comments;
    private TaskExecutor.Cancellable copiedTimer;

    IdeaDetailsViewModel(long ideaId, BoardInsightsViewModel insights, Consumer<String> clipboard) {
        this.ideaId = ideaId;
        this.insights = insights;
        this.executor = insights.executor();
        this.clipboard = clipboard;
        this.versions = new VersionsViewModel(ideaId, insights.service(), insights.board(), executor,
                insights.isReadOnly());
        this.comments = new CommentsViewModel(ideaId, insights.service(), executor, insights.isReadOnly());
        load();
    }

    /** The idea's versions (with restore and fork). */
    public VersionsViewModel versions() {
        return versions;
    }

    /** The comments on the idea. */
    public CommentsViewModel comments() {
        return comments;
    }

    /** Stops following the board (the editor closed). */
    public void dispose() {
        versions.dispose();
        comments.dispose();
    }

    public long ideaId() {
        return ideaId;
    }

    public BoardInsightsViewModel insights() {
        return insights;
    }

    /** The Refine control of this idea; null when the project cannot refine by a model. */
    public RefineViewModel refine() {
        RefineSupport s = insights.refining();
        return s == null ? null : new RefineViewModel(ideaId, s, insights.board(), insights.service(), executor, insights::messages);
    }

    /** Where a model's idea came from; null for an idea a person wrote. */
    public ReadOnlyObjectProperty<IdeaOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The idea's novelty figures; null while not measured (or the meter cannot run). */
    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The image prompts kept on the idea, oldest first. */
    public ObservableList<VisualPrompt> getPrompts() {
        return promptsShown; // one wrapper: its listeners must outlive the call
    }

    /** The prompt just copied (its id), for a short "Copied"; null otherwise. */
    public ReadOnlyObjectProperty<Long> copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    /** True once the details have been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** What Copy puts on the clipboard: the prompt, and for Stable Diffusion its negative prompt on a line of its own. */
    public static String clipboardText(VisualPrompt p) {
        if (p.generator() == Generator.STABLE_DIFFUSION && p.negative() != null && !p.negative().isBlank()) {
            // The generators' own syntax, the same in every language.
            return p.prompt().strip() + "\nNegative prompt: " + p.negative().strip();
        }
        return p.prompt().strip();
    }

    /** Copies the prompt to the clipboard and says so for a moment. */
    public void copy(VisualPrompt p) {
        clipboard.accept(clipboardText(p));
        copied.set(p.id());
        if (copiedTimer != null) {
            copiedTimer.cancel();
        }
        copiedTimer = executor.onUiLater(COPIED_FOR, () -> copied.set(null));
    }

    private void load() {
        BoardIdeation ideation = insights.ideation();
        IdeaStore store = insights.service().store();
        boolean meter = insights.isAvailable();
        executor.run(() -> {
            List<Long> ids = List.of(ideaId);
            IdeaOrigin o = orEmpty(() -> ideation.origins().origins(ids).get(ideaId), null);
            List<VisualPrompt> ps = orEmpty(() -> ideation.origins().visualPrompts(ideaId), List.of());
            Figures f = null;
            if (meter) {
                Map<Long, Novelty> n = ideation.meter().novelty(ids);
                Novelty novelty = n.get(ideaId);
                if (novelty != null) {
                    f = new Figures(novelty, title(store, novelty.nearestId()), title(store, novelty.duplicateOf()));
                }
            }
            return new Loaded(o, f, ps);
        }, l -> {
            origin.set(l.origin);
            figures.set(l.figures);
            prompts.setAll(l.prompts);
            loaded.set(true);
        }, error -> {
            LOG.log(Level.WARNING, "Could not read the idea's provenance", error);
            loaded.set(true);
        });
    }

    /** One part that cannot be read leaves the others shown. */
    private static <T> T orEmpty(java.util.function.Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read part of the idea's provenance", e);
            return otherwise;
        }
    }

    private static String title(IdeaStore store, Long id) {
        return id == null ? null : store.find(id).map(Idea::title).orElse(null);
    }

    private record Loaded(IdeaOrigin origin, Figures figures, List<VisualPrompt> prompts) {
    }

    Optional<VisualPrompt> prompt(Generator g) {
        return prompts.stream().filter(p -> p.generator() == g).reduce((a, b) -> b);
    }
}
