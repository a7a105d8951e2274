package org.offpiste.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.present.PresentationViewModel.Mode;
import org.offpiste.present.PresentationViewModel.State;
import org.offpiste.ui.FxTaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The presentation window, headless: type that follows the screen, the keys, the mouse, the empty Shortlist, live changes. */
class PresentationViewTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicInteger closed = new AtomicInteger();
    private PresentSessions project;
    private PresentationViewModel vm;
    private PresentationView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() {
        robot.interact(() -> {
            if (view != null) {
                view.close();
            }
            if (vm != null) {
                vm.dispose();
            }
        });
        executor.shutdown(Duration.ofSeconds(5));
        if (project != null) {
            project.session.close();
        }
    }

    private void present(String... shortlist) throws Exception {
        project = new PresentSessions(dir.resolve("p.offpiste"));
        project.shortlist(shortlist);
        vm = new PresentationViewModel(new SlideReader(project.session), executor, Clock.systemUTC());
        robot.interact(() -> {
            vm.start();
            view = new PresentationView(vm, new Messages(Messages.ENGLISH), null, () -> {
                closed.incrementAndGet();
                vm.dispose(); // as the window's launcher does
            });
            view.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() != State.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label label(String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private String title() {
        return label("#present-title").getText();
    }

    private void key(KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensFullScreenWithTheFirstIdeaAndItsPlace() throws Exception {
        present("Lanterns", "Fondue", "Kites");

        assertThat(view.stage().isShowing()).isTrue();
        assertThat(view.stage().isFullScreen()).isTrue();
        assertThat(view.stage().getFullScreenExitHint()).isEmpty();
        assertThat(title()).isEqualTo("Lanterns");
        assertThat(label("#present-body").getText()).isEqualTo("About Lanterns");
        assertThat(label("#present-position").getText()).isEqualTo("1 / 3");
        assertThat(label("#present-lane").getText()).isEqualTo("Shortlist");
    }

    @Test
    void theTitleIsAtLeast56PxFullScreenAt1280By800() throws Exception {
        present("Fossil karaoke night", "Silent disco");

        Label t = label("#present-title");
        assertThat(t.getScene().getWidth()).isEqualTo(1280); // the headless screen
        assertThat(t.getScene().getHeight()).isEqualTo(800);
        assertThat(t.getFont().getSize()).isGreaterThanOrEqualTo(56);
        assertThat(label("#present-body").getFont().getSize()).isBetween(26.0, 30.0); // about 3.5 % of the height
        assertThat(label("#present-position").getFont().getSize()).isGreaterThanOrEqualTo(20);
    }

    /** Laid out at a size, off screen (the headless screen is 1280 × 800: a larger window could not be drawn). */
    private double titleSizeAt(double width, double height) {
        Parent root = view.stage().getScene().getRoot();
        robot.interact(() -> {
            root.resize(width, height);
            root.applyCss();
            root.layout();
        });
        return ((Label) root.lookup("#present-title")).getFont().getSize();
    }

    @Test
    void typeFollowsTheScreenHeight() throws Exception {
        project = new PresentSessions(dir.resolve("p.offpiste"));
        project.shortlist("Fossil karaoke night");
        vm = new PresentationViewModel(new SlideReader(project.session), executor, Clock.systemUTC());
        robot.interact(() -> {
            vm.start();
            view = new PresentationView(vm, new Messages(Messages.ENGLISH), null, vm::dispose);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() == State.SHOWING);

        double laptop = titleSizeAt(1280, 800);
        double fullHd = titleSizeAt(1920, 1080);
        double small = titleSizeAt(1024, 600);

        assertThat(laptop).isGreaterThanOrEqualTo(56);
        assertThat(fullHd).isGreaterThan(laptop).isGreaterThanOrEqualTo(78);
        assertThat(small).isLessThan(laptop);
    }

    @Test
    void gridCardsHaveTitlesOfAtLeast28PxAt1280By800() throws Exception {
        present("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");

        key(KeyCode.G);

        assertThat(vm.modeProperty().get()).isEqualTo(Mode.GRID);
        SlideGridPane grid = robot.lookup("#present-grid").queryAs(SlideGridPane.class);
        assertThat(grid.cards()).hasSize(12);
        for (VBox card : grid.cards()) {
            Label cardTitle = (Label) card.getChildren().get(1);
            assertThat(cardTitle.getFont().getSize()).isGreaterThanOrEqualTo(28);
        }
    }

    @Test
    void theKeysOfASlideShowAndOfAClickerMove() throws Exception {
        present("A", "B", "C", "D", "E");

        key(KeyCode.RIGHT);
        assertThat(title()).isEqualTo("B");
        key(KeyCode.PAGE_DOWN);
        assertThat(title()).isEqualTo("C");
        key(KeyCode.SPACE, KeyCode.DOWN);
        assertThat(title()).isEqualTo("E");
        key(KeyCode.LEFT);
        assertThat(title()).isEqualTo("D");
        key(KeyCode.PAGE_UP, KeyCode.UP);
        assertThat(title()).isEqualTo("B");
        key(KeyCode.BACK_SPACE);
        assertThat(title()).isEqualTo("A");
        key(KeyCode.END);
        assertThat(title()).isEqualTo("E");
        assertThat(label("#present-position").getText()).isEqualTo("5 / 5");
        key(KeyCode.HOME);
        assertThat(title()).isEqualTo("A");
    }

    @Test
    void gTogglesTheGridAndEnterOpensTheFocusedCard() throws Exception {
        present("A", "B", "C");

        key(KeyCode.G);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.GRID);
        assertThat(robot.lookup("#present-grid").tryQuery()).isPresent();
        assertThat(robot.lookup("#present-one").tryQuery()).isEmpty();
        key(KeyCode.RIGHT, KeyCode.RIGHT);
        SlideGridPane grid = robot.lookup("#present-grid").queryAs(SlideGridPane.class);
        assertThat(grid.cards().get(2).getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("current"));

        key(KeyCode.ENTER);

        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ONE);
        assertThat(title()).isEqualTo("C");
        key(KeyCode.G, KeyCode.G);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ONE);
        assertThat(title()).isEqualTo("C");
    }

    @Test
    void clickingAGridCardOpensIt() throws Exception {
        present("A", "B", "C");
        key(KeyCode.G);
        SlideGridPane grid = robot.lookup("#present-grid").queryAs(SlideGridPane.class);

        robot.clickOn(grid.cards().get(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ONE);
        assertThat(title()).isEqualTo("B");
    }

    @Test
    void clicksOnTheRightHalfMoveOnAndOnTheLeftHalfGoBack() throws Exception {
        present("A", "B", "C");
        Bounds screen = robot.lookup("#presentation").query().localToScreen(
                robot.lookup("#presentation").query().getBoundsInLocal());

        robot.clickOn(screen.getMinX() + screen.getWidth() * 0.8, screen.getMinY() + screen.getHeight() * 0.5);
        robot.clickOn(screen.getMinX() + screen.getWidth() * 0.9, screen.getMinY() + screen.getHeight() * 0.2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("C");

        robot.clickOn(screen.getMinX() + screen.getWidth() * 0.2, screen.getMinY() + screen.getHeight() * 0.5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("B");
    }

    @Test
    void escLeavesInOnePressEvenFullScreen() throws Exception {
        present("A", "B");
        assertThat(view.stage().isFullScreen()).isTrue();

        key(KeyCode.ESCAPE);

        assertThat(view.stage().isShowing()).isFalse();
        assertThat(closed.get()).isEqualTo(1);
        view = null;
    }

    @Test
    void fTogglesFullScreen() throws Exception {
        present("A");

        key(KeyCode.F);
        assertThat(view.stage().isFullScreen()).isFalse();
        assertThat(view.stage().isShowing()).isTrue();
        key(KeyCode.F);
        assertThat(view.stage().isFullScreen()).isTrue();
    }

    @Test
    void anEmptyShortlistSaysSoInLargeTypeAndIOrTheButtonPresentsTheInbox() throws Exception {
        present();
        robot.interact(() -> project.add("Raw idea", "Straight from the sparring", IdeaStatus.INBOX));
        WaitForAsyncUtils.waitForFxEvents();

        Label empty = label("#present-empty-title");
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("The Shortlist is empty");
        assertThat(empty.getFont().getSize()).isGreaterThanOrEqualTo(44);
        assertThat(robot.lookup("#present-empty").queryAs(VBox.class).getChildren()).anyMatch(
                n -> n instanceof Label l && l.getText().contains("Promote ideas from the board or the ranking"));
        assertThat(label("#present-position").isVisible()).isFalse();

        robot.clickOn("#present-other-lane");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() == State.SHOWING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title()).isEqualTo("Raw idea");
        assertThat(label("#present-lane").getText()).isEqualTo("Inbox");

        key(KeyCode.I);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() == State.EMPTY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#present-lane").getText()).isEqualTo("Shortlist");
        key(KeyCode.I);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get() == State.SHOWING);
    }

    @Test
    void followsAShortlistChangeKeepingTheIdeaOnScreen() throws Exception {
        present("A", "B");
        key(KeyCode.RIGHT);
        List<Idea> before = project.session.board().store().query(org.offpiste.board.IdeaQuery.all());

        executor.run(() -> project.add("Promoted meanwhile", "", IdeaStatus.SHORTLIST), i -> { }, e -> { });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.slides().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(before).hasSize(2);
        assertThat(title()).isEqualTo("B");
        assertThat(label("#present-position").getText()).isEqualTo("2 / 3");
        key(KeyCode.END);
        assertThat(title()).isEqualTo("Promoted meanwhile");
    }

    @Test
    void theGridCutsOnlyVeryLongTitlesAfterAWholeWordAndWidensWithTheShortlist() {
        assertThat(SlideGridPane.gist("Fossil karaoke night", 70)).isEqualTo("Fossil karaoke night");
        String cut = SlideGridPane.gist("Night-shift tour led by the museum's security guards, who know every creaking "
                + "floorboard and every legend", 70);
        assertThat(cut).isEqualTo("Night-shift tour led by the museum's security guards, who know every…");
        assertThat(List.of(1, 2, 4, 5, 6, 7, 12).stream().map(SlideGridPane::columns).toList())
                .containsExactly(1, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void aRunningWorkshopRoundShowsItsNameAndCountdownInACornerAndNothingOtherwise() throws Exception {
        present("A");
        Label round = label("#present-round");
        assertThat(round.isVisible()).isFalse();

        Agenda agenda = new Agenda("Museum", List.of(Block.standard(BlockKind.SILENT_IDEATION),
                Block.standard(BlockKind.DOT_VOTE)));
        project.workshop.set(new WorkshopState(agenda, 1, true, Instant.now().plusSeconds(245), Duration.ofMinutes(10), true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, round::isVisible);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(round.getText()).matches("Dot vote  4:0[0-5]  ·  round 2 of 2");
        project.workshop.set(null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !round.isVisible());
    }
}
