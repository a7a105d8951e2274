package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.offpiste.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.Judgement;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationTest;

/** The Criteria tab in a real window: two ideas rated on two criteria, with a click and with the keyboard. */
class CriteriaPaneTest extends ApplicationTest {
    @TempDir
    static Path dir;
    private Project project;
    private FxTaskExecutor executor;
    private CriteriaViewModel vm;
    private CriteriaPane pane;
    private long lanterns;
    private long race;

    @Override
    public void start(Stage stage) {
        project = new SqliteProjectFiles().create(dir.resolve("c-" + System.nanoTime() + ".offpiste"));
        BoardService board = new BoardService(project.ideas(), () -> "Ana");
        lanterns = board.add("Lanterns", "", List.of(), IdeaStatus.SHORTLIST).id();
        race = board.add("Moon race", "", List.of(), IdeaStatus.SHORTLIST).id();
        board.add("Fondue", "", List.of(), IdeaStatus.INBOX);
        CriteriaService criteria = new CriteriaService(project.criteria(), () -> "Cheap to run");
        executor = new FxTaskExecutor();
        vm = new CriteriaViewModel(new JudgeContext(board, new Judgement(criteria, null, null), null, () -> "Ana",
                executor, false));
        pane = new CriteriaPane(vm, new Messages(Messages.FRENCH), null);
        stage.setScene(new Scene(pane, 980, 560));
        stage.show();
    }

    @AfterEach
    void close() {
        interact(() -> {
            pane.dispose();
            vm.dispose();
        });
        executor.shutdown(Duration.ofSeconds(5));
        project.close();
    }

    private int score(long idea, long criterion) {
        return project.criteria().scores(idea).stream()
                .filter(s -> s.criterionId() == criterion && s.rater().equals("Ana"))
                .mapToInt(CriterionScore::score).findFirst().orElse(0);
    }

    @Test
    void ratesTwoIdeasOnTwoCriteriaWithAClickAndTheKeyboard() {
        TableView<RatingRow> table = lookup("#criteria-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 2 && table.getColumns().size() == 5);
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Idée", "Cheap to run", "Originalité", "Faisabilité", "Note");
        assertThat(lookup("#criteria-rater").queryTextInputControl().getText()).isEqualTo("Ana");
        List<Criterion> all = project.criteria().criteria();
        long cheap = all.get(0).id();
        long orig = all.get(1).id();
        assertThat(table.getItems()).extracting(RatingRow::ideaId).containsExactly(race, lanterns); // newest change first
        int raceRow = 0;
        int lanternsRow = 1;

        // a click on the fourth star of the Lanterns' "Cheap to run" cell
        Node cell = lookup(".criteria-rating-cell").match((Node n) -> n instanceof RatingCell
                && ((RatingCell) n).getIndex() == lanternsRow && ((RatingCell) n).criterion().id() == cheap).query();
        Node fourth = from(cell).lookup(".rating .button").nth(3).query();
        clickOn(fourth);
        waitUntil(() -> score(lanterns, cheap) == 4);

        // the keyboard, from the Moon race's first criterion: a digit rates and moves right, Tab moves on
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(raceRow, table.getColumns().get(1));
            table.getFocusModel().focus(raceRow, table.getColumns().get(1));
        });
        type(KeyCode.DIGIT5);              // Moon race × Cheap to run = 5
        type(KeyCode.NUMPAD3);             // Moon race × Originality = 3, now on its Feasibility
        type(KeyCode.TAB);                 // the next row: Lanterns × Cheap to run
        type(KeyCode.TAB);                 // Lanterns × Originality
        type(KeyCode.DIGIT2);
        waitUntil(() -> score(lanterns, orig) == 2 && score(race, cheap) == 5 && score(race, orig) == 3);
        assertThat(score(race, all.get(2).id())).isZero();

        assertThat(project.criteria().allScores()).hasSize(4);
        assertThat(project.criteria().weightedScores().get(lanterns).score()).isCloseTo(3.0, within(1e-9));
        assertThat(project.criteria().weightedScores().get(race).score()).isCloseTo(4.0, within(1e-9));
        waitUntil(() -> lookup(".criteria-score-cell").queryAll().stream()
                .anyMatch(n -> "4,0".equals(((javafx.scene.control.Labeled) n).getText())));

        // a weight of 2 on Cheap to run (two steps of 0.5 up): Lanterns (2·4 + 2) / 3 = 3.3
        Node up = lookup("#criteria-weight-" + cheap + " .increment-arrow-button").query();
        clickOn(up);
        clickOn(up);
        waitUntil(() -> project.criteria().criteria().get(0).weight() == 2.0);
        waitUntil(() -> Math.abs(project.criteria().weightedScores().get(lanterns).score() - 10.0 / 3) < 1e-9);

        // Delete clears the focused cell
        interact(() -> {
            table.requestFocus();
            table.getFocusModel().focus(raceRow, table.getColumns().get(2));
        });
        type(KeyCode.DELETE);
        waitUntil(() -> score(race, orig) == 0);
    }
}
