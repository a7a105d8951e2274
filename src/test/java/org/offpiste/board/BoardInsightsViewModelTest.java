package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;
import org.offpiste.novelty.Theme;
import org.offpiste.ui.DirectTaskExecutor;

/** What the board shows of the ideation engine, without a screen. */
class BoardInsightsViewModelTest {
    private InMemoryIdeaStore store;
    private BoardService service;
    private FakeIdeation engine;

    @BeforeEach
    void setUp() {
        store = new InMemoryIdeaStore();
        service = new BoardService(store, () -> "Camille");
        engine = new FakeIdeation();
    }

    private Idea idea(String title, String... tags) {
        return store.add(new NewIdea(title, "", List.of(tags), IdeaStatus.INBOX, "Camille"));
    }

    private BoardInsightsViewModel insights(BoardViewModel board, org.offpiste.ui.TaskExecutor executor) {
        return new BoardInsightsViewModel(board, service, engine.ideation(), executor, new Messages(Messages.ENGLISH));
    }

    @Test
    void cardFiguresComeInOneBackgroundBatchForTheCardsDrawnAndAgainWhenTheMeterReports() {
        Idea a = idea("Lantern slope");
        Idea b = idea("Silent disco gondola");
        engine.novelty.put(a.id(), FakeIdeation.measured(a.id(), 0.62, b.id(), 0.41, null));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BoardViewModel board = new BoardViewModel(service, executor, false);
        BoardInsightsViewModel insights = insights(board, executor);
        executor.runAll();
        int before = engine.noveltyCalls.get();
        CardFigures figures = insights.figures();

        assertThat(figures.figures(a.id())).isEmpty();
        assertThat(figures.figures(b.id())).isEmpty();
        assertThat(engine.noveltyCalls.get()).isEqualTo(before); // nothing on the UI thread
        executor.runAll();

        assertThat(engine.noveltyCalls.get()).isEqualTo(before + 1); // both cards in one batch
        assertThat(figures.figures(a.id()).orElseThrow().novelty().baselineDistance()).isEqualTo(0.62);
        assertThat(figures.figures(b.id()).orElseThrow().novelty()).isNull(); // not measured: nothing made up
        assertThat(figures.measuringProperty().get()).isFalse();

        engine.novelty.put(b.id(), FakeIdeation.measured(b.id(), 0.12, a.id(), 0.41, null));
        engine.busy = true;
        engine.fireMeter();
        figures.figures(b.id()); // stale: shown as it was, asked again
        executor.runAll();
        assertThat(figures.figures(b.id()).orElseThrow().novelty().baselineDistance()).isEqualTo(0.12);
        assertThat(figures.measuringProperty().get()).isTrue();
    }

    @Test
    void findingThemesRunsBesideTheWindowsExecutorSoStoreWorkNeverWaitsBehindIt() {
        Idea a = idea("Lantern slope", "night");
        engine.finder = () -> List.of(new Theme(1, "Night on the slopes", Theme.NamedBy.MODEL, List.of(a.id())));
        QueuedTaskExecutor window = new QueuedTaskExecutor();
        QueuedTaskExecutor slow = new QueuedTaskExecutor();
        BoardViewModel board = new BoardViewModel(service, window, false);
        BoardInsightsViewModel insights = new BoardInsightsViewModel(board, service, engine.ideation(), window, slow,
                new Messages(Messages.ENGLISH));
        window.runAll();

        insights.themes().find();

        assertThat(window.pending()).isZero();
        assertThat(slow.pending()).isEqualTo(1);
        slow.runAll();
        assertThat(insights.themes().getThemes()).extracting(Theme::name).containsExactly("Night on the slopes");
    }

    @Test
    void findThemesRunsInTheBackgroundThenGroupsTheFilteredBoardUnderHeadersWithCounts() {
        Idea a = idea("Lantern slope", "night");
        Idea b = idea("Night sledging", "night");
        Idea c = idea("Gondola karaoke");
        Idea d = idea("Loyalty stamps");
        engine.finder = () -> List.of(new Theme(1, "Night on the slopes", Theme.NamedBy.MODEL, List.of(a.id(), b.id())),
                new Theme(2, "Music up high", Theme.NamedBy.WORDS, List.of(c.id())));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        BoardViewModel board = new BoardViewModel(service, executor, false);
        BoardInsightsViewModel insights = insights(board, executor);
        executor.runAll();
        ThemesViewModel themes = insights.themes();

        themes.find();
        assertThat(themes.findingProperty().get()).isTrue();
        assertThat(themes.getThemes()).isEmpty(); // still in the background
        executor.runAll();
        assertThat(themes.findingProperty().get()).isFalse();
        assertThat(themes.getThemes()).extracting(Theme::name).containsExactly("Night on the slopes", "Music up high");

        themes.groupedProperty().set(true);
        ShownRows shown = insights.shown();
        assertThat(shown.activeProperty().get()).isTrue();
        List<Long> rows = List.copyOf(shown.rows());
        assertThat(rows).hasSize(7);
        assertThat(shown.header(rows.get(0))).contains(new ShownRows.Header(1L, "Night on the slopes", 2));
        assertThat(rows.subList(1, 3)).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(shown.header(rows.get(3))).contains(new ShownRows.Header(2L, "Music up high", 1));
        assertThat(rows.get(4)).isEqualTo(c.id());
        assertThat(shown.header(rows.get(5))).contains(new ShownRows.Header(null, "", 1));
        assertThat(rows.get(6)).isEqualTo(d.id());
        assertThat(board.getIds().get(shown.sourceIndex(6))).isEqualTo(d.id());

        board.getTagFilter().add("night"); // grouping works with the filters
        executor.runAll();
        assertThat(shown.rows()).hasSize(3);
        assertThat(shown.header(shown.rows().get(0))).contains(new ShownRows.Header(1L, "Night on the slopes", 2));

        themes.rename(1, "Nights out");
        executor.runAll();
        assertThat(shown.header(shown.rows().get(0)).orElseThrow().name()).isEqualTo("Nights out");
    }

    @Test
    void findThemesSaysWhyWhenTheMeterCannotRunOrFindingFails() {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        BoardViewModel board = new BoardViewModel(service, executor, false);
        engine.finder = () -> {
            throw new IllegalStateException("the embeddings are not ready");
        };
        BoardInsightsViewModel insights = insights(board, executor);
        insights.themes().find();
        assertThat(insights.themes().problemProperty().get())
                .isEqualTo("Could not find the themes: the embeddings are not ready");
        assertThat(insights.themes().findingProperty().get()).isFalse();

        engine.available = false;
        BoardInsightsViewModel offline = insights(new BoardViewModel(service, executor, false), executor);
        assertThat(offline.isAvailable()).isFalse();
        offline.themes().find();
        assertThat(offline.themes().problemProperty().get())
                .isEqualTo("Themes need the novelty meter, which cannot run on this computer.");
    }

    @Test
    void nearDuplicatesOnlyShowsFlaggedIdeasAndTheOnesTheyRepeatAndMergeIsUndoable() {
        Idea a = idea("Lantern slope", "night");
        Idea b = idea("Lantern-lit runs", "guests");
        Idea c = idea("Gondola karaoke");
        engine.novelty.put(b.id(), FakeIdeation.measured(b.id(), 0.3, a.id(), 0.86, a.id()));
        engine.novelty.put(a.id(), FakeIdeation.measured(a.id(), 0.3, b.id(), 0.86, null));
        engine.novelty.put(c.id(), FakeIdeation.measured(c.id(), 0.7, a.id(), 0.2, null));
        DirectTaskExecutor executor = new DirectTaskExecutor();
        BoardViewModel board = new BoardViewModel(service, executor, false);
        BoardInsightsViewModel insights = insights(board, executor);

        insights.shown().duplicatesOnlyProperty().set(true);
        assertThat(insights.shown().rows()).containsExactlyInAnyOrder(a.id(), b.id());

        insights.merge(a.id(), b.id());
        assertThat(store.find(b.id())).isEmpty();
        Idea merged = store.find(a.id()).orElseThrow();
        assertThat(merged.tags()).containsExactlyInAnyOrder("night", "guests");
        assertThat(merged.body()).isEqualTo("Merged from: Lantern-lit runs");
        assertThat(board.undoKindProperty().get()).isEqualTo(BoardEdit.Kind.MERGE);

        board.undo();
        assertThat(store.find(b.id())).isPresent();
        assertThat(store.find(a.id()).orElseThrow().body()).isEmpty();
    }

    @Test
    void theStripHasTheBoardsDiversityAndTheBaselineAndFollowsTheEngine() {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        engine.board = new Diversity(20, 0.31, 14.2);
        BoardInsightsViewModel insights = insights(new BoardViewModel(service, executor, false), executor);
        assertThat(insights.diversityProperty().get()).isEqualTo(new Diversity(20, 0.31, 14.2));
        assertThat(insights.baselineProperty().get().status()).isEqualTo(BaselineState.Status.NO_MODEL);
        assertThat(engine.ensured.get()).isEqualTo(1);

        engine.board = new Diversity(21, 0.30, 15.0);
        engine.state = new BaselineState(BaselineState.Status.RUNNING, Optional.empty(), Optional.empty());
        engine.fireMeter(); // from a background thread in the app: handed off
        assertThat(insights.diversityProperty().get().count()).isEqualTo(21);
        assertThat(insights.baselineProperty().get().status()).isEqualTo(BaselineState.Status.RUNNING);

        insights.regenerateBaseline();
        assertThat(engine.regenerated.get()).isEqualTo(1);
        assertThat(new NoveltyText(new Messages(Messages.ENGLISH)).vendi(insights.diversityProperty().get()))
                .isEqualTo("≈ 15 distinct ideas among 21");
    }

    @Test
    void aReadOnlyBoardNeitherAsksForTheBaselineNorMerges() {
        Idea a = idea("Lantern slope");
        Idea b = idea("Lantern-lit runs");
        DirectTaskExecutor executor = new DirectTaskExecutor();
        BoardInsightsViewModel insights = insights(new BoardViewModel(service, executor, true), executor);
        insights.merge(a.id(), b.id());
        insights.regenerateBaseline();
        assertThat(store.find(b.id())).isPresent();
        assertThat(engine.ensured.get()).isZero();
        assertThat(engine.regenerated.get()).isZero();
    }
}
