package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.capture.Capture;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ideation.Tactic;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.novelty.Diversity;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.SparringDriver;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sparring pane with the ideation engine: captured ideas, round figures, add by hand, tactics, Push further. */
@ExtendWith(ApplicationExtension.class)
class CapturedIdeasViewTest {
    @TempDir
    static Path dir;
    final FakeSparring sparring = new FakeSparring();
    final MemoryIdeation ideation = new MemoryIdeation();
    final RecordingDialogs dialogs = new RecordingDialogs();
    final FxTaskExecutor executor = new FxTaskExecutor();
    final List<Long> revealed = new ArrayList<>();
    Project project;
    Stage stage;
    SparringViewModel vm;
    SparringView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        project = new SqliteProjectFiles().create(dir.resolve("p" + System.nanoTime() + ".offpiste"));
        open();
        stage.show();
    }

    /** Builds the pane over the project as the window does (a second call is a reopening). */
    void open() {
        vm = new SparringViewModel(sparring, executor, new FxFrameScheduler(), dialogs, TechniqueLibrary.builtIn());
        CapturedIdeasViewModel ideas = new CapturedIdeasViewModel(ideation.ideation(), ideation, project.ideas(),
                text -> new IdeaExtractor().extract(text, true), executor, vm.thread());
        ideas.setReveal(revealed::add);
        vm.useIdeation(ideas);
        new TacticsMemory(vm.composer(), project.conversations(), executor);
        view = new SparringView(vm, new Messages(Messages.ENGLISH), () -> { });
        stage.setScene(new Scene(view, 820, 760));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
        project.close();
    }

    @Test
    void capturedIdeasAppearOneByOneWhileTheAnswerStreamsAndTheStripIsRebuiltAfterReopening(FxRobot robot)
            throws Exception {
        CountDownLatch[] seen = {new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1)};
        sparring.afterToken = (i, answer, listener) -> {
            if (i >= 1 && i <= 3) {
                Capture c = i == 3 ? ideation.record(answer.id(), "Quiz night", 7L, 0.86)
                        : ideation.record(answer.id(), i == 1 ? "Night shift" : "Silent disco", null, null);
                listener.captured(c);
                await(seen[i - 1]); // the test looks at the strip while the answer is still streaming
            }
        };
        sparring.next(FakeSparring.Script.streaming(List.of("Here are ideas:\n\n", "1. Night shift\n",
                "2. Silent disco\n", "3. Quiz night\n", "\nEnjoy."), Duration.ofMillis(5)));
        send(robot, "Ideas please");

        waitUntil(() -> summary(robot).equals("1 idea added to the board"));
        assertThat(lastAnswer().isStreaming()).isTrue();
        seen[0].countDown();
        waitUntil(() -> summary(robot).equals("2 ideas added to the board"));
        assertThat(lastAnswer().isStreaming()).isTrue();
        seen[1].countDown();
        waitUntil(() -> summary(robot).equals("2 ideas added to the board · 1 duplicate left out"));
        assertThat(lastAnswer().isStreaming()).isTrue();
        seen[2].countDown();
        waitUntil(() -> !vm.runningProperty().get());

        robot.clickOn(visible(robot, ".captured-toggle", Button.class));
        waitUntil(() -> texts(robot, ".captured-title").size() == 3);
        assertThat(texts(robot, ".captured-title")).containsExactly("1. Night shift", "2. Silent disco", "3. Quiz night");
        List<Hyperlink> states = all(robot, ".captured-row .hyperlink", Hyperlink.class);
        assertThat(states).extracting(Hyperlink::getText)
                .containsExactly("✓ on the board", "✓ on the board", "≈ duplicate of #7 (0.86)");
        robot.clickOn(states.get(0));
        long firstIdea = ideation.of(lastAnswer().id()).get(0).ideaId();
        assertThat(revealed).containsExactly(firstIdea);
        robot.clickOn(states.get(2));
        assertThat(revealed).containsExactly(firstIdea, 7L);

        robot.interact(this::open); // the project is opened again: the strip is read back from the captures
        waitUntil(() -> !vm.loadingProperty().get() && vm.thread().size() == 2);
        waitUntil(() -> summary(robot).equals("2 ideas added to the board · 1 duplicate left out"));
    }

    @Test
    void theRoundsDiversityIsShownOnceTheMeterHasMeasuredWithWhatItMeans(FxRobot robot) throws Exception {
        sparring.beforeEnd = (i, answer, listener) -> {
            for (String t : List.of("Night shift", "Silent disco", "Quiz night")) {
                listener.captured(ideation.record(answer.id(), t, null, null));
            }
        };
        sparring.next(FakeSparring.Script.streaming(List.of("1. Night shift\n2. Silent disco\n3. Quiz night\n"),
                Duration.ofMillis(5)));
        send(robot, "Ideas please");
        waitUntil(() -> !vm.runningProperty().get() && summary(robot).equals("3 ideas added to the board"));
        assertThat(texts(robot, ".captured-figures")).isEmpty(); // not measured yet: no figure at all

        ideation.measured(new Diversity(3, 0.31, 2.44));
        waitUntil(() -> texts(robot, ".captured-figures").size() == 1);
        Label figures = visible(robot, ".captured-figures", Label.class);
        assertThat(figures.getText()).isEqualTo("3 ideas · similarity 0.31 · ≈ 2.4 distinct");
        assertThat(figures.getTooltip().getText()).contains("mean of how close each pair")
                .contains("Vendi score").contains("3 ideas that say the same thing count as about 1");
    }

    @Test
    void ideasPickedByHandFromAChallengeAnswerAreAddedExactlyOnce(FxRobot robot) throws Exception {
        sparring.next(FakeSparring.Script.answer("Where this breaks:\n\n", "1. Too late for parents — babysitters\n",
                "2. Bar costs eat the margin\n", "3. Noise complaints from neighbours\n"));
        robot.interact(() -> {
            vm.composer().selectedIdeas().setAll(1L);
            vm.composer().modeProperty().set(Mode.CHALLENGE);
        });
        send(robot, "Attack it");
        waitUntil(() -> !vm.runningProperty().get());
        assertThat(texts(robot, ".captured-summary")).isEmpty(); // nothing captured from a Challenge by itself

        robot.clickOn(visible(robot, ".message-pick", Button.class));
        waitUntil(() -> boxes().size() == 3);
        robot.clickOn(boxes().get(0));
        robot.clickOn(boxes().get(2));
        Button add = (Button) popup("#pick-add");
        assertThat(add.getText()).isEqualTo("Add 2 ideas to board");
        robot.clickOn(add);
        waitUntil(() -> popup("#pick-done") != null && popup("#pick-done").isVisible());
        assertThat(((Label) popup("#pick-done")).getText()).isEqualTo("2 ideas added to the board’s Inbox.");
        assertThat(ideation.of(lastAnswer().id())).extracting(Capture::title)
                .containsExactly("Too late for parents", "Noise complaints from neighbours");
        assertThat(ideation.handContexts.get(0).mode()).isEqualTo("challenge");
        waitUntil(() -> boxes().size() == 3 && boxes().get(0).isDisabled() && boxes().get(2).isDisabled());
        assertThat(boxes().get(1).isDisabled()).isFalse();
        assertThat(((Button) popup("#pick-add")).isDisabled()).isTrue(); // nothing checked that is not on the board
        waitUntil(() -> summary(robot).equals("2 ideas added to the board"));

        robot.interact(() -> vm.ideas().addByHand(lastAnswer(), new IdeaExtractor().extract(lastAnswer().getText(), true),
                n -> { }, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> summary(robot).equals("3 ideas added to the board"));
        assertThat(ideation.byHand.get()).isEqualTo(3); // the two already there were not added twice
    }

    @Test
    void tacticsTogglesChangeTheTurnSentAndAreRememberedInTheProject(FxRobot robot) throws Exception {
        assertThat(vm.composer().tactics()).isEqualTo(Tactic.defaults());
        robot.clickOn("#tactic-long-shots");
        robot.clickOn("#tactic-persona-pool");
        send(robot, "Ideas please");
        waitUntil(() -> !vm.runningProperty().get() && sparring.sent.size() == 1);
        assertThat(sparring.sent.get(0).tactics()).containsExactlyInAnyOrder(Tactic.REVISE, Tactic.PERSONA_POOL);
        assertThat(sparring.sent.get(0).pushFurther()).isFalse();
        waitUntil(() -> project.conversations().setting(TacticsMemory.KEY).orElse("").equals("revise,persona-pool"));

        robot.interact(this::open); // reopened: the composer has the project's tactics again
        waitUntil(() -> vm.composer().tactics().equals(EnumSet.of(Tactic.REVISE, Tactic.PERSONA_POOL)));
        assertThat(robot.lookup("#tactic-long-shots").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
        robot.interact(() -> vm.composer().modeProperty().set(Mode.QUESTION_ME));
        assertThat(robot.lookup("#tactics").query().isVisible()).isFalse();
        assertThat(robot.lookup("#composer-push-further").query().isVisible()).isFalse();
    }

    @Test
    void pushFurtherSendsADivergeRoundThatLeavesTheCrowdedThemesByButtonAndShortcut(FxRobot robot) throws Exception {
        Button push = robot.lookup("#composer-push-further").queryAs(Button.class);
        assertThat(push.getTooltip().getText()).contains("crowded themes").contains("duplicate")
                .contains("Ctrl+Shift+Enter");
        robot.clickOn(push);
        waitUntil(() -> !vm.runningProperty().get() && sparring.sent.size() == 1);
        assertThat(sparring.sent.get(0).pushFurther()).isTrue();
        assertThat(sparring.sent.get(0).mode()).isEqualTo(Mode.DIVERGE);

        robot.interact(() -> vm.composer().techniqueIdProperty().set("scamper"));
        TextArea text = robot.lookup("#composer-text").queryAs(TextArea.class);
        robot.interact(() -> {
            text.setText("Further");
            text.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !vm.runningProperty().get() && sparring.sent.size() == 2);
        assertThat(sparring.sent.get(1).pushFurther()).isTrue();
        assertThat(sparring.sent.get(1).techniqueId()).isEqualTo("scamper");
        assertThat(sparring.sent.get(1).text()).isEqualTo("Further");

        send(robot, "Plain round");
        waitUntil(() -> !vm.runningProperty().get() && sparring.sent.size() == 3);
        assertThat(sparring.sent.get(2).pushFurther()).isFalse();
    }

    @Test
    void aVisualizeAnswerSaysWhereItsImagePromptsWereKept(FxRobot robot) throws Exception {
        long idea = new BoardService(project.ideas(), () -> "tester")
                .add("Night shift at the museum", "", List.of(), IdeaStatus.INBOX).id();
        sparring.beforeEnd = (i, answer, listener) -> ideation.keepPrompts(idea, answer.id(), 3);
        sparring.next(FakeSparring.Script.streaming(List.of("**Midjourney:** a museum at night --ar 16:9\n"),
                Duration.ofMillis(5)));
        robot.interact(() -> {
            vm.composer().selectedIdeas().setAll(idea);
            vm.composer().modeProperty().set(Mode.VISUALIZE);
        });
        send(robot, "");
        waitUntil(() -> !vm.runningProperty().get() && texts(robot, ".captured-visual").size() == 1);
        assertThat(texts(robot, ".captured-visual")).containsExactly(
                "Image prompts saved on ‘Night shift at the museum’ — open the idea to copy them");
        robot.clickOn(visible(robot, ".captured-open-idea", Button.class));
        assertThat(revealed).containsExactly(idea);
    }

    // --- helpers

    void send(FxRobot robot, String text) {
        new SparringDriver(robot, () -> vm).send(text);
    }

    MessageItem lastAnswer() {
        return vm.thread().get(vm.thread().size() - 1);
    }

    String summary(FxRobot robot) {
        List<String> s = texts(robot, ".captured-summary");
        return s.isEmpty() ? "" : s.get(0);
    }

    List<String> texts(FxRobot robot, String query) {
        return all(robot, query, Label.class).stream().map(Label::getText).toList();
    }

    <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<T> found = robot.from(view).lookup(query).queryAllAs(type);
        return found.stream().filter(SparringViewTest::reallyVisible).toList();
    }

    <T extends Node> T visible(FxRobot robot, String query, Class<T> type) {
        return all(robot, query, type).stream().findFirst().orElseThrow();
    }

    static Node popup(String query) {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(query)).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    static List<CheckBox> boxes() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".pick-idea").stream())
                .map(CheckBox.class::cast).toList();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
