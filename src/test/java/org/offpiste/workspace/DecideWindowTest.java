package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardView;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.judge.DuelsScreenState;
import org.offpiste.judge.JudgeTab;
import org.offpiste.settings.Settings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window switches between the three panes (Ideate) and the judgement screen (Decide). */
class DecideWindowTest {
    @TempDir
    Path home;
    private WindowFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private void start() throws Exception {
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        app.sessions = RealSessions.judging();
        app.open(Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    private boolean showing(String query) {
        return app.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && app.robot.lookup(query).query().getScene() != null;
    }

    @Test
    void decideSwapsThePanesForTheJudgementScreenAndBackKeepingTheBoard() throws Exception {
        start();
        OpenProject p = app.vm.project().orElseThrow();
        p.session().board().add("Lanterns", "", java.util.List.of(), IdeaStatus.INBOX);
        p.session().board().add("Fondue", "", java.util.List.of(), IdeaStatus.INBOX);
        BoardView board = app.robot.lookup(".board").tryQuery().map(n -> (BoardView) n)
                .orElseGet(() -> app.robot.lookup((Node n) -> n instanceof BoardView).queryAs(BoardView.class));
        assertThat(showing("#judge-view")).isFalse();

        app.robot.clickOn("#mode-decide");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing("#judge-view")).isTrue();
        assertThat(app.robot.lookup("#pane-board").tryQuery()).isEmpty();
        assertThat(app.robot.lookup("#mode-decide").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(((CheckMenuItem) app.menuItem("menu-decide")).isSelected()).isTrue();
        app.robot.interact(() -> p.judge().tabProperty().set(JudgeTab.DUELS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> p.judge().duels().stateProperty().get() == DuelsScreenState.PAIR);
        app.robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> p.session().project().duels().duels().size() == 1);
        assertThat(p.session().project().duels().duels().get(0).rater()).isEqualTo(app.settings.authorName());

        app.robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing("#judge-view")).isFalse();
        assertThat(showing("#pane-board")).isTrue();
        assertThat(app.robot.lookup((Node n) -> n instanceof BoardView).queryAs(BoardView.class)).isSameAs(board);
        assertThat(app.robot.lookup("#mode-ideate").queryAs(ToggleButton.class).isSelected()).isTrue();

        app.fire("menu-decide");
        assertThat(showing("#judge-view")).isTrue();
        assertThat(p.judge().tabProperty().get()).isEqualTo(JudgeTab.DUELS);
        app.robot.clickOn("#mode-ideate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#pane-board")).isTrue();
    }
}
