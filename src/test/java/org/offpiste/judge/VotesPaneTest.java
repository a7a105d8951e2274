package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dot-vote round with two participants, run in the real votes tab. */
@ExtendWith(ApplicationExtension.class)
class VotesPaneTest {
    @TempDir
    static Path dir;
    final FxTaskExecutor executor = new FxTaskExecutor();
    Project project;
    List<Idea> shortlist;
    VotesViewModel vm;
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("p" + System.nanoTime() + ".offpiste"));
        shortlist = VotesTesting.board(project);
        vm = new VotesViewModel(VotesTesting.context(project, executor, false));
        VotesPane pane = new VotesPane(vm, new Messages(Messages.ENGLISH), VotesTesting.confirming(asked));
        stage.setScene(new Scene(pane, 1100, 760));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
        project.close();
    }

    @Test
    void theFormCapsTheDotsOnOneIdeaBelowAllOfThem(FxRobot robot) throws Exception {
        waitUntil(() -> vm.shortlistedProperty().get() == 4);
        robot.clickOn("#vote-new-round");
        waitUntil(() -> robot.lookup("#vote-new-max-per-idea").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        Spinner<Integer> most = robot.lookup("#vote-new-max-per-idea").queryAs(Spinner.class);
        assertThat(most.isDisabled()).as("one dot per idea until several are allowed").isTrue();
        robot.interact(() -> {
            vm.newDotsProperty().set(5);
            vm.severalProperty().set(true);
        });
        assertThat(most.isDisabled()).isFalse();
        assertThat(most.getValue()).as("all the dots by default").isEqualTo(5);
        robot.interact(() -> most.getValueFactory().setValue(2));
        assertThat(vm.maxPerIdeaProperty().get()).isEqualTo(2);
        robot.clickOn("#vote-new-open");
        waitUntil(() -> !project.votes().rounds().isEmpty());
        assertThat(project.votes().rounds().get(0).allowance()).isEqualTo(5);
        assertThat(project.votes().rounds().get(0).maxPerIdea()).isEqualTo(2);
    }

    @Test
    void twoParticipantsVoteWhileResultsStayHiddenThenTheClosedRoundShowsTheTotals(FxRobot robot) throws Exception {
        waitUntil(() -> vm.shortlistedProperty().get() == 4);
        robot.clickOn("#vote-new-round");
        waitUntil(() -> robot.lookup("#vote-new-name").tryQuery().isPresent());
        TextField name = robot.lookup("#vote-new-name").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("Round 1");
        Spinner<?> dots = robot.lookup("#vote-new-dots").queryAs(Spinner.class);
        assertThat(dots.getValue()).as("a quarter of four ideas").isEqualTo(1);
        robot.interact(() -> {
            name.setText("Evening vote");
            vm.newDotsProperty().set(2);
        });
        assertThat(dots.getValue()).isEqualTo(2);
        robot.clickOn("#vote-new-open");
        waitUntil(() -> robot.lookup("#vote-next").tryQuery().isPresent());
        assertThat(text(robot, "#vote-hidden")).startsWith("No ballot cast yet. The results stay hidden");

        // Participant 1: two dots with + on two cards.
        robot.clickOn("#vote-next");
        waitUntil(() -> robot.lookup(".vote-card").queryAll().size() == 4);
        robot.interact(() -> robot.lookup("#vote-voter").queryAs(TextField.class).setText("Cleo"));
        assertThat(text(robot, "#vote-left")).isEqualTo("2 dots left");
        robot.clickOn(plus(robot, shortlist.get(1)));
        robot.clickOn(plus(robot, shortlist.get(3)));
        assertThat(text(robot, "#vote-left")).isEqualTo("No dots left");
        robot.clickOn("#vote-submit");
        waitUntil(() -> robot.lookup("#vote-handover").tryQuery().isPresent());
        assertThat(text(robot, "#vote-handover")).isEqualTo("Pass the laptop to the next participant.");
        assertThat(robot.lookup(".vote-card").queryAll()).as("the last ballot is hidden").isEmpty();
        assertThat(robot.lookup("#vote-results").tryQuery()).isEmpty();

        // Participant 2: a dot clicked on a card, then one too many, refused, then fixed.
        robot.clickOn("#vote-handover-next");
        waitUntil(() -> robot.lookup(".vote-card").queryAll().size() == 4);
        assertThat(robot.lookup("#vote-voter").queryAs(TextField.class).getText()).isEmpty();
        robot.interact(() -> robot.lookup("#vote-voter").queryAs(TextField.class).setText("Dan"));
        robot.clickOn(dot(robot, shortlist.get(1)));
        robot.clickOn(plus(robot, shortlist.get(0)));
        robot.clickOn(plus(robot, shortlist.get(2)));
        assertThat(text(robot, "#vote-left")).isEqualTo("1 dot too many: take one off");
        robot.clickOn("#vote-submit");
        waitUntil(() -> robot.lookup("#vote-notice").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#vote-notice")).isEqualTo("Too many dots: each participant has 2 in “Evening vote”.");
        robot.clickOn(card(robot, shortlist.get(2)).lookupAll(".vote-dot-button").stream()
                .filter(n -> ((Button) n).getText().equals("−")).findFirst().orElseThrow());
        robot.clickOn("#vote-submit");
        waitUntil(() -> robot.lookup("#vote-handover").tryQuery().isPresent());

        robot.clickOn("#vote-handover-done");
        waitUntil(() -> robot.lookup("#vote-hidden").tryQuery().isPresent());
        assertThat(text(robot, "#vote-hidden")).startsWith("2 ballots cast. The results stay hidden until the round is closed.");
        assertThat(robot.lookup("#vote-results").tryQuery()).as("hidden while open").isEmpty();
        assertThat(robot.lookup(".vote-bar").queryAll()).isEmpty();

        robot.clickOn("#vote-close");
        waitUntil(() -> robot.lookup(".vote-bar").queryAll().size() == 4);
        GridPane grid = robot.lookup("#vote-results").queryAs(GridPane.class);
        List<String> titles = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("vote-bar-title"))
                .map(n -> ((Label) n).getText()).toList();
        List<String> counts = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("vote-bar-count"))
                .map(n -> ((Label) n).getText()).toList();
        assertThat(titles.get(0)).isEqualTo("Fondue in the gondola");
        assertThat(titles.subList(1, 3)).containsExactlyInAnyOrder("Lantern walk on the piste", "Stargazing lift");
        assertThat(titles.get(3)).isEqualTo("Silent disco on skis");
        assertThat(counts).containsExactly("2 dots · 2 participants", "1 dot · 1 participant", "1 dot · 1 participant",
                "no dot · nobody");
        double widest = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("vote-bar"))
                .mapToDouble(n -> n.getBoundsInParent().getWidth()).max().orElseThrow();
        Node first = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("vote-bar")).findFirst().orElseThrow();
        assertThat(first.getBoundsInParent().getWidth()).isEqualTo(widest);
        assertThat(robot.lookup(".vote-round-state").queryAs(Label.class).getText()).isEqualTo("closed");
        assertThat(project.votes().voters(vm.selectedProperty().get().id())).containsExactly("Cleo", "Dan");
    }

    @Test
    void submitWaitsForADotIgnoresEnterInTheNameAndAsksBeforeReplacingABallot(FxRobot robot) throws Exception {
        waitUntil(() -> vm.shortlistedProperty().get() == 4);
        robot.interact(() -> {
            vm.startNew("Evening");
            vm.openRound();
        });
        waitUntil(() -> robot.lookup("#vote-next").tryQuery().isPresent());
        long round = vm.selectedProperty().get().id();
        robot.clickOn("#vote-next");
        waitUntil(() -> robot.lookup(".vote-card").queryAll().size() == 4);
        Button submit = robot.lookup("#vote-submit").queryAs(Button.class);
        assertThat(submit.isDefaultButton()).as("Enter must not cast the ballot").isFalse();
        assertThat(submit.isDisabled()).as("no dot placed yet").isTrue();
        robot.interact(() -> robot.lookup("#vote-voter").queryAs(TextField.class).setText("Ann"));
        robot.clickOn("#vote-voter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        assertThat(project.votes().ballots(round)).isZero();
        robot.clickOn(plus(robot, shortlist.get(1)));
        assertThat(submit.isDisabled()).isFalse();
        robot.clickOn("#vote-voter").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.phaseProperty().get()).as("Enter with a dot placed").isEqualTo(VotesViewModel.Phase.BALLOT);
        robot.clickOn("#vote-submit");
        waitUntil(() -> robot.lookup("#vote-handover").tryQuery().isPresent());
        assertThat(asked).as("a new name is not asked about").isEmpty();

        robot.clickOn("#vote-handover-next");
        waitUntil(() -> robot.lookup(".vote-card").queryAll().size() == 4);
        robot.interact(() -> robot.lookup("#vote-voter").queryAs(TextField.class).setText("ann"));
        robot.clickOn(plus(robot, shortlist.get(2)));
        robot.clickOn("#vote-submit");
        waitUntil(() -> robot.lookup("#vote-handover").tryQuery().isPresent());
        assertThat(asked).containsExactly("Replace Ann's ballot? Ann has already voted in “Evening”: this ballot takes"
                + " the place of the earlier one.");
        assertThat(project.votes().voters(round)).containsExactly("ann");
        assertThat(project.votes().ballots(round)).isEqualTo(1);
    }

    private static Node card(FxRobot robot, Idea idea) {
        return robot.lookup(".vote-card").queryAll().stream().filter(n -> Long.valueOf(idea.id()).equals(n.getUserData()))
                .findFirst().orElseThrow();
    }

    private static Node plus(FxRobot robot, Idea idea) {
        return card(robot, idea).lookupAll(".vote-dot-button").stream().filter(n -> ((Button) n).getText().equals("+"))
                .findFirst().orElseThrow();
    }

    private static Node dot(FxRobot robot, Idea idea) {
        return card(robot, idea).lookup(".vote-dot");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
