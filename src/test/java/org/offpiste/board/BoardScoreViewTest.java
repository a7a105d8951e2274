package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** The card shows the weighted score, even where the novelty meter cannot run, and follows new ratings. */
class BoardScoreViewTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private BoardViewModel viewModel;
    private BoardInsightsViewModel insights;
    private CriteriaService criteria;
    private long lanterns;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("s-" + System.nanoTime() + ".offpiste"));
        BoardService service = new BoardService(project.ideas(), () -> "Ana");
        lanterns = service.add("Lanterns", "", List.of(), IdeaStatus.SHORTLIST).id();
        service.add("Fondue", "", List.of(), IdeaStatus.INBOX);
        criteria = new CriteriaService(project.criteria(), () -> "Cheap to run");
        criteria.addListener(service::changedElsewhere);
        long cheap = criteria.find("cheap to run").orElseThrow().id();
        criteria.setWeight(cheap, 2);
        criteria.rate(lanterns, cheap, "Ana", 4);
        criteria.rate(lanterns, cheap, "Ben", 2);
        FakeIdeation engine = new FakeIdeation();
        engine.available = false;
        BoardIdeation base = engine.ideation();
        executor = new FxTaskExecutor();
        viewModel = new BoardViewModel(service, executor, false);
        insights = new BoardInsightsViewModel(viewModel, service, new BoardIdeation(base.meter(), base.baselines(),
                base.themes(), base.origins(), base.techniques(), criteria::scores), executor);
        stage.setScene(new Scene(new BoardView(viewModel, insights, new Messages(Messages.ENGLISH), null), 560, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        BoardTeardown.close(this, executor, project, insights::dispose, viewModel::dispose);
    }

    private List<Label> shownScores() {
        return lookup(".card-score").queryAllAs(Label.class).stream().filter(Label::isVisible).toList();
    }

    @Test
    void theRatedCardShowsItsWeightedScoreAndTheOtherNone() {
        BoardViewTest.waitUntil(() -> shownScores().size() == 1 && shownScores().get(0).getText().equals("★ 3.0"));
        criteria.rate(lanterns, criteria.find("originality").orElseThrow().id(), "Ana", 5);
        BoardViewTest.waitUntil(() -> shownScores().size() == 1 && shownScores().get(0).getText().equals("★ 3.7"));
        assertThat(shownScores().get(0).getTooltip().getText()).isEqualTo("Weighted score 3.7 from 2 raters");
    }
}
