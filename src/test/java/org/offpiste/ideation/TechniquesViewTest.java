package org.offpiste.ideation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.offpiste.brief.InMemoryBriefStore;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DirectTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TechniquesViewTest {
    private final BriefService briefs = new BriefService(new InMemoryBriefStore());
    private TechniquesViewModel viewModel;
    private TechniquesView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        briefs.save(SampleBriefs.museumLate());
        viewModel = new TechniquesViewModel(briefs, new DirectTaskExecutor(), TechniqueLibrary.builtIn(), new Random(8));
        view = new TechniquesView(viewModel, new Messages(Messages.ENGLISH));
        stage.setScene(new Scene(view, 900, 700));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.setWidth(900);
        stage.setHeight(700);
        stage.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void selectingATechniqueShowsItsStepsWithTheBriefsAudience(FxRobot robot) {
        select(robot, "How Might We");
        assertThat(stepTexts(robot)).hasSize(5)
                .anyMatch(s -> s.contains("Young professionals who go out on Thursdays"));
        assertThat(texts(robot, ".technique-card-name")).containsExactly("How Might We");
    }

    @Test
    void stepsFollowTheBriefAsItIsTyped(FxRobot robot) {
        select(robot, "Crazy 8s");
        robot.interact(() -> briefs.save(briefs.current().with(BriefField.AUDIENCE, "Retired ferry captains")));
        assertThat(stepTexts(robot)).anyMatch(s -> s.contains("Retired ferry captains"));
    }

    @Test
    void theListIsKeyboardNavigable(FxRobot robot) {
        ListView<?> list = robot.from(view).lookup("#technique-list").queryAs(ListView.class);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DOWN);
        assertThat(texts(robot, ".technique-card-name")).containsExactly("Worst possible idea");
        robot.type(KeyCode.DOWN, 2);
        assertThat(texts(robot, ".technique-card-name")).containsExactly("Ordinary personas");
        assertThat(texts(robot, ".technique-draw-item")).hasSize(3);
    }

    @Test
    void drawAgainShowsANewWordAndCopyPutsThePhrasedStepsOnTheClipboard(FxRobot robot) {
        select(robot, "Random stimulus");
        String before = texts(robot, ".technique-draw-item").get(0);
        press(robot, ".technique-draw-again");
        String after = texts(robot, ".technique-draw-item").get(0);
        assertThat(after).isNotEqualTo(before);
        assertThat(stepTexts(robot).get(0)).contains(after);

        press(robot, ".technique-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).isEqualTo(viewModel.copyText()).contains("1. The word is: " + after);
    }

    @Test
    void emptyBriefFieldsShowAsHighlightedHints(FxRobot robot) {
        robot.interact(() -> briefs.save(briefs.current().with(BriefField.INSIGHT, "")));
        select(robot, "How Might We");
        List<String> hints = robot.from(view).lookup(".technique-step-hint").queryAllAs(Text.class).stream()
                .filter(Node::isVisible).map(Text::getText).collect(Collectors.toList());
        assertThat(hints).containsExactly("[your audience insight — not in the brief yet]");
        assertThat(stepTexts(robot).get(0)).isEqualTo("Read the insight aloud: [your audience insight — not in the brief yet].");
    }

    @Test
    void aNarrowPanePutsTheListAboveTheCard(FxRobot robot) {
        robot.interact(() -> view.getScene().getWindow().setWidth(420));
        WaitForAsyncUtils.waitForFxEvents();
        Node list = robot.from(view).lookup("#technique-list").query();
        Button copy = robot.from(view).lookup(".technique-copy").queryAs(Button.class);
        assertThat(list.localToScene(list.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(copy.localToScene(copy.getBoundsInLocal()).getMinY());
        assertThat(copy.getWidth()).isGreaterThanOrEqualTo(copy.prefWidth(-1) - 0.5);
    }

    /** Clicks the list cell of the technique named {@code name}. */
    private void select(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<TechniqueListCell> cells = robot.from(view).lookup(".technique-cell").match(NodeQueryUtils.isVisible())
                .queryAllAs(TechniqueListCell.class);
        TechniqueListCell cell = cells.stream()
                .filter(c -> !c.isEmpty() && c.getItem().name().equals(name)).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reaches a button with the keyboard and presses it. */
    private void press(FxRobot robot, String query) {
        Button button = robot.from(view).lookup(query).queryButton();
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> stepTexts(FxRobot robot) {
        Set<TextFlow> flows = robot.from(view).lookup(".technique-step-text").queryAllAs(TextFlow.class);
        return flows.stream().filter(Node::isVisible)
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(f -> f.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .collect(Collectors.toList());
    }

    private List<String> texts(FxRobot robot, String query) {
        Set<Labeled> nodes = robot.from(view).lookup(query).queryAllAs(Labeled.class);
        return nodes.stream().filter(Node::isVisible)
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(Labeled::getText).collect(Collectors.toList());
    }
}
