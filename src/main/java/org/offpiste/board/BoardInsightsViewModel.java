package org.offpiste.board;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.ui.TaskExecutor;

/**
 * What the board shows of the ideation engine, beside {@link BoardViewModel}: the cards' figures,
 * the board's diversity and the banal baseline, themes and grouping, near-duplicates and merging.
 * The engine's listeners are called on background threads: they only hand off to the UI thread.
 */
public final class BoardInsightsViewModel {
    private static final Logger LOG = Logger.getLogger(BoardInsightsViewModel.class.getName());
    private final BoardViewModel board;
    private final BoardService service;
    private final BoardIdeation ideation;
    private final TaskExecutor executor;
    private Messages messages;
    private final boolean available;
    private final CardFigures figures;
    private final CardScores scores;
    private final ThemesViewModel themes;
    private final ShownRows shown;
    private final LatestQuery<Diversity> diversityQuery;
    private final LatestQuery<BaselineState> baselineQuery;
    private final Runnable meterChanged;
    private final Runnable baselineChanged;
    private final Runnable themesChanged;
    private final Runnable boardChanged;
    private final Runnable scoresChanged;
    private final ReadOnlyObjectWrapper<Diversity> diversity = new ReadOnlyObjectWrapper<>(this, "diversity", Diversity.empty());
    private final ReadOnlyObjectWrapper<BaselineState> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<Idea> merged = new ReadOnlyObjectWrapper<>(this, "merged");
    private boolean disposed;
    private RefineSupport refining;

    /** With the interface's words in English until a view gives its language ({@link #setMessages}). */
    public BoardInsightsViewModel(BoardViewModel board, BoardService service, BoardIdeation ideation,
                                  TaskExecutor executor) {
        this(board, service, ideation, executor, new Messages(Messages.ENGLISH));
    }

    public BoardInsightsViewModel(BoardViewModel board, BoardService service, BoardIdeation ideation,
                                  TaskExecutor executor, Messages messages) {
        this(board, service, ideation, executor, executor, messages);
    }

    /**
     * @param slow runs what can take seconds (finding and naming themes), beside the window's
     *             executor so that the board's and the brief's store work never waits behind it
     */
    public BoardInsightsViewModel(BoardViewModel board, BoardService service, BoardIdeation ideation,
                                  TaskExecutor executor, TaskExecutor slow, Messages messages) {
        this.board = board;
        this.service = service;
        this.ideation = ideation;
        this.executor = executor;
        this.messages = messages;
        this.available = ideation.meter().available();
        this.figures = new CardFigures(ideation, service.versions(), executor);
        this.scores = new CardScores(ideation.scores(), executor);
        this.scoresChanged = () -> executor.onUi(scores::refresh);
        service.addChangeListener(scoresChanged);
        scores.refresh();
        this.themes = new ThemesViewModel(ideation, executor, slow, this::messages);
        this.shown = new ShownRows(board, themes, ideation, executor);
        this.diversityQuery = new LatestQuery<>(executor, () -> ideation.meter()::board, diversity::set,
                e -> LOG.log(Level.WARNING, "Could not measure the board's diversity", e));
        this.baselineQuery = new LatestQuery<>(executor, () -> ideation.baselines()::state, baseline::set,
                e -> LOG.log(Level.WARNING, "Could not read the baseline", e));
        this.meterChanged = () -> executor.onUi(this::measured);
        this.baselineChanged = () -> executor.onUi(this::baselineMoved);
        this.themesChanged = () -> executor.onUi(themes::load);
        this.boardChanged = () -> executor.onUi(figures::invalidate);
        if (available) {
            ideation.meter().addListener(meterChanged);
            ideation.themes().addListener(themesChanged);
            service.addChangeListener(boardChanged);
            diversityQuery.request();
            themes.load();
        }
        ideation.baselines().addListener(baselineChanged);
        baselineQuery.request();
        if (available && !board.isReadOnly()) {
            executor.run(() -> {
                ideation.baselines().ensure();
                return Boolean.TRUE;
            }, done -> { }, e -> LOG.log(Level.WARNING, "Could not ask for the baseline", e));
        }
    }

    /** False when the novelty meter cannot run on this computer: the board shows one calm line and nothing else of it. */
    public boolean isAvailable() {
        return available;
    }

    public boolean isReadOnly() {
        return board.isReadOnly();
    }

    public BoardViewModel board() {
        return board;
    }

    public CardFigures figures() {
        return figures;
    }

    /** The weighted scores shown on the cards (with or without the novelty meter). */
    public CardScores scores() {
        return scores;
    }

    public ThemesViewModel themes() {
        return themes;
    }

    public ShownRows shown() {
        return shown;
    }

    BoardService service() {
        return service;
    }

    TaskExecutor executor() {
        return executor;
    }

    BoardIdeation ideation() {
        return ideation;
    }

    public Messages messages() {
        return messages;
    }

    /** Refine by a model in the idea editor (none until the window gives it). */
    public void useRefining(RefineSupport support) {
        refining = support;
    }

    RefineSupport refining() {
        return refining;
    }

    /** The language of the window (a change of language builds new views over this view model). */
    public void setMessages(Messages value) {
        messages = value;
    }

    /** The whole board's diversity (live ideas). */
    public ReadOnlyObjectProperty<Diversity> diversityProperty() {
        return diversity.getReadOnlyProperty();
    }

    /** Where the banal baseline stands; null until first read. */
    public ReadOnlyObjectProperty<BaselineState> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** The last failure in words (a merge that could not be written), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The cosine similarity at or above which two ideas are near-duplicates. */
    public double duplicateThreshold() {
        return ideation.meter().duplicateThreshold();
    }

    /** The technique's name in the interface's language. */
    public String techniqueName(String techniqueId) {
        return ideation.techniqueName(techniqueId, messages.locale());
    }

    /** What the idea editor shows of the engine for one idea; Copy writes through {@code clipboard}. */
    public IdeaDetailsViewModel details(long ideaId, java.util.function.Consumer<String> clipboard) {
        return new IdeaDetailsViewModel(ideaId, this, clipboard);
    }

    // Commands

    /** Asks the plain question again (the baseline of this brief version is replaced). */
    public void regenerateBaseline() {
        if (board.isReadOnly()) {
            return;
        }
        executor.run(() -> {
            ideation.baselines().regenerate();
            return Boolean.TRUE;
        }, done -> baselineQuery.request(), e -> problem.set(messages.get("board.baseline.regenerateFailed")));
    }

    /** Makes {@code dropId} part of {@code keepId}, as one undoable action. */
    public void merge(long keepId, long dropId) {
        if (board.isReadOnly() || keepId == dropId) {
            return;
        }
        String line = messages.get("board.merge.from");
        merged.set(null);
        executor.run(() -> service.merge(keepId, dropId, line), idea -> {
            problem.set(null);
            merged.set(idea);
        }, error -> {
            LOG.log(Level.WARNING, "Could not merge the ideas", error);
            problem.set(messages.get(error instanceof IllegalArgumentException ? "board.error.gone" : "board.error.save"));
        });
    }

    public void dismissProblem() {
        problem.set(null);
    }

    /** The idea two ideas were just merged into (for "Merged into … — Undo"), null once dismissed. */
    public ReadOnlyObjectProperty<Idea> mergedProperty() {
        return merged.getReadOnlyProperty();
    }

    public void dismissMerged() {
        merged.set(null);
    }

    /** Stops listening to the engine (the project is closing). */
    public void dispose() {
        disposed = true;
        figures.stop();
        ideation.meter().removeListener(meterChanged);
        ideation.themes().removeListener(themesChanged);
        ideation.baselines().removeListener(baselineChanged);
        service.removeChangeListener(boardChanged);
        service.removeChangeListener(scoresChanged);
    }

    private void measured() {
        if (!disposed) {
            figures.invalidate();
            diversityQuery.request();
        }
    }

    private void baselineMoved() {
        if (!disposed) {
            baselineQuery.request();
            figures.invalidate();
        }
    }
}
