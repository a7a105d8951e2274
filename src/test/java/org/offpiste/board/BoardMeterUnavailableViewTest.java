package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** When the embedding model cannot run here, the board says so in one calm line and shows nothing else of the meter. */
class BoardMeterUnavailableViewTest extends ApplicationTest {
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BoardService service = new BoardService(new InMemoryIdeaStore(), () -> "Camille");
        service.add("Lantern slope", "", List.of(), IdeaStatus.INBOX);
        FakeIdeation engine = new FakeIdeation();
        engine.available = false;
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(service, executor, false);
        insights = new BoardInsightsViewModel(viewModel, service, engine.ideation(), executor);
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.FRENCH), null), 560, 700));
        stage.show();
    }

    @AfterEach
    void closeBoard() {
        interact(() -> {
            insights.dispose();
            viewModel.dispose();
        });
        executor.shutdown(java.time.Duration.ofSeconds(5));
    }

    @Test
    void oneCalmLineAndNothingElseOfTheMeter() {
        BoardViewTest.waitUntil(() -> lookup(".idea-card").tryQuery().isPresent());
        assertThat(lookup("#board-meter-unavailable").queryLabeled().getText())
                .isEqualTo("L'indicateur de nouveauté ne peut pas fonctionner sur cet ordinateur.");
        assertThat(lookup(".novelty-row").queryAll()).isEmpty();
        assertThat(lookup("#board-themes").tryQuery()).isEmpty();
        assertThat(lookup("#board-duplicates").tryQuery()).isEmpty();
        assertThat(lookup("#board-baseline").tryQuery()).isEmpty();
        assertThat(lookup(".idea-card").queryAll().stream().anyMatch(Node::isVisible)).isTrue();
    }
}
