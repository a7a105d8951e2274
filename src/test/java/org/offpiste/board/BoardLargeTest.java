package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.board.BoardViewTest.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** 100,000 ideas on a real project file: the list scrolls, shows the right titles and holds few ideas. */
class BoardLargeTest extends ApplicationTest {
    private static final int IDEAS = 100_000;
    @TempDir
    static Path dir;
    private static Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private ListView<Long> list;

    @BeforeAll
    static void fill() {
        project = new SqliteProjectFiles().create(dir.resolve("large.offpiste"));
        project.ideas().addAll(SampleIdeas.many(IDEAS));
    }

    @AfterAll
    static void close() {
        project.close();
    }

    @Override
    public void start(Stage stage) {
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(new BoardService(project.ideas(), () -> "Bench"), executor, false);
        stage.setScene(new Scene(new BoardView(viewModel, new Messages(Messages.ENGLISH), null), 560, 760));
        stage.show();
        list = lookup("#board-list").queryListView();
    }

    @Test
    void scrollingAHundredThousandIdeasShowsTheRightTitlesWithABoundedCache() {
        waitUntil(() -> viewModel.screenStateProperty().get() == BoardScreenState.READY);
        assertThat(list.getItems()).hasSize(IDEAS);
        interact(() -> viewModel.sortProperty().set(IdeaSort.TITLE));
        waitUntil(() -> visibleTitlesMatchTheStore() && firstVisibleTitle().equals("Idea 000000 Chairlift"));

        for (int target : List.of(50_000, 99_990, 12_345, 73_210, 0, 88_888)) {
            interact(() -> list.scrollTo(target));
            waitUntil(this::visibleTitlesMatchTheStore);
            assertThat(viewModel.getPageCache().size()).isLessThan(2_000);
        }
        for (int step = 0; step < 60; step++) {
            int target = step * 1_637;
            interact(() -> list.scrollTo(target));
        }
        waitUntil(this::visibleTitlesMatchTheStore);
        assertThat(viewModel.getPageCache().size()).isLessThanOrEqualTo(BoardRowsViewModel.CAPACITY);

        interact(() -> list.scrollTo(42_000));
        waitUntil(() -> visibleTitlesMatchTheStore() && firstVisibleTitle().startsWith("Idea 042"));
        interact(() -> viewModel.dispose());
        executor.shutdown(Duration.ofSeconds(5));
    }

    private String firstVisibleTitle() {
        return lookup(".idea-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getGraphic() != null)
                .min(Comparator.comparingInt(ListCell::getIndex))
                .map(c -> ((Label) c.lookup(".card-title")).getText()).orElse("");
    }

    /** Every visible card shows the title the store has for its row's id (and none is still loading). */
    private boolean visibleTitlesMatchTheStore() {
        List<ListCell<?>> cells = lookup(".idea-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getGraphic() != null).toList();
        if (cells.isEmpty()) {
            return false;
        }
        for (ListCell<?> c : cells) {
            long id = (Long) c.getItem();
            String shown = ((Label) c.lookup(".card-title")).getText();
            String stored = project.ideas().find(id).orElseThrow().title();
            if (!stored.equals(shown)) {
                return false;
            }
        }
        return true;
    }
}
