package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Theme;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** 100,000 measured ideas: cards ask the meter only for the rows drawn, and grouping by theme keeps up. */
class BoardLargeNoveltyTest extends ApplicationTest {
    private static final int IDEAS = 100_000;
    private final FakeIdeation engine = new FakeIdeation();
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;
    private ListView<Long> list;
    private List<Long> ids;

    @Override
    public void start(Stage stage) {
        InMemoryIdeaStore store = new InMemoryIdeaStore();
        List<Idea> added = store.addAll(SampleIdeas.many(IDEAS));
        ids = added.stream().map(Idea::id).toList();
        for (Idea i : added) {
            engine.novelty.put(i.id(), FakeIdeation.measured(i.id(), (i.id() % 97) / 100.0, null, null, null));
        }
        List<Long> half = new ArrayList<>(ids.subList(0, IDEAS / 2));
        engine.themes = List.of(new Theme(1, "First half", Theme.NamedBy.WORDS, half));
        executor = new FxTaskExecutor();
        BoardService service = new BoardService(store, () -> "Bench");
        viewModel = new BoardViewModel(service, executor, false);
        insights = new BoardInsightsViewModel(viewModel, service, engine.ideation(), executor);
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.ENGLISH), null), 560, 760));
        stage.show();
        list = lookup("#board-list").queryListView();
    }

    @Test
    void cardsAskTheMeterOnlyForTheRowsDrawnAndGroupingKeepsUp() {
        BoardViewTest.waitUntil(() -> list.getItems().size() == IDEAS);
        for (int target : List.of(50_000, 99_990, 12_345, 73_210, 0)) {
            interact(() -> list.scrollTo(target));
            BoardViewTest.waitUntil(() -> lookup(".novelty-distance").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        }
        assertThat(engine.noveltyAsked.get()).isLessThan(500); // a few screens' worth, not 100,000
        assertThat(insights.figures().size()).isLessThanOrEqualTo(CardFigures.CAPACITY);

        long before = System.nanoTime();
        interact(() -> insights.themes().groupedProperty().set(true));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        BoardViewTest.waitUntil(() -> list.getItems().size() == IDEAS + 2); // two headers
        assertThat(insights.shown().header(list.getItems().get(0)).orElseThrow().count()).isEqualTo(IDEAS / 2);
        interact(() -> {
            insights.dispose();
            viewModel.dispose();
        });
        executor.shutdown(Duration.ofSeconds(5));
    }
}
