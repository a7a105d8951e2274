package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offpiste.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.judge.JudgeTab;
import org.offpiste.project.Project;
import org.offpiste.ranking.VoteRound;
import org.offpiste.settings.Settings;
import org.testfx.api.FxToolkit;

/** The facilitator's panel in the real window: start a workshop, the big timer, +1 min, next round; the strip follows. */
class WorkshopWindowTest {
    @TempDir
    Path home;
    private WindowFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    private String text(String query) {
        return app.robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int seconds(String mmss) {
        String[] p = mmss.split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    @Test
    void theFacilitatorStartsAWorkshopAddsAMinuteAndMovesEveryoneToTheNextRounds() throws Exception {
        new Settings(home.resolve("config")).setLanguage(Messages.ENGLISH);
        app = new WindowFixture(home);
        app.sessions = RealSessions.judging();
        app.open(Optional.empty());
        app.vm.project().orElseThrow().session().board().add("Lanterns", "", List.of(), IdeaStatus.INBOX);
        app.vm.project().orElseThrow().session().board().add("Fondue", "", List.of(), IdeaStatus.INBOX);
        Node strip = app.robot.lookup("#round-strip").query();
        assertThat(strip.isVisible()).as("no workshop yet").isFalse();

        app.fire("menu-workshop-run");
        waitUntil(() -> app.robot.lookup("#workshop-begin").tryQuery().isPresent());
        app.robot.clickOn("#workshop-begin");
        waitUntil(strip::isVisible);
        assertThat(text("#round-strip-title")).isEqualTo("Round 1 of 7 · Silent ideation");
        assertThat(text("#workshop-timer")).isEqualTo("10:00");

        app.robot.clickOn("#workshop-start");
        waitUntil(() -> app.vm.workshop().runningProperty().get());
        app.robot.clickOn("#workshop-start");
        waitUntil(() -> !app.vm.workshop().runningProperty().get());
        int paused = seconds(text("#workshop-timer"));
        app.robot.clickOn("#workshop-add-minute");
        waitUntil(() -> seconds(text("#workshop-timer")) == paused + 60);
        assertThat(text("#round-strip-time")).isEqualTo(text("#workshop-timer"));

        app.robot.clickOn("#workshop-next");
        waitUntil(() -> text("#round-strip-title").equals("Round 2 of 7 · Model round"));
        assertThat(text("#round-strip-time")).isEqualTo("10:00");
        assertThat(text("#round-strip-hint")).contains("technique: SCAMPER");
        assertThat(app.vm.project().orElseThrow().sparring()).as("no sparring in this window").isNull();
        assertThat(app.vm.layout().decidingProperty().get()).isFalse();
        for (int i = 0; i < 2; i++) {
            app.robot.clickOn("#workshop-next");
        }
        waitUntil(() -> text("#round-strip-title").equals("Round 4 of 7 · Clustering"));
        OpenProject open = app.vm.project().orElseThrow();
        if (open.boardInsights() != null) {
            assertThat(open.boardInsights().themes().groupedProperty().get()).as("the board grouped by themes").isTrue();
        }
        app.robot.clickOn("#workshop-next");
        waitUntil(() -> text("#round-strip-title").equals("Round 5 of 7 · Dot vote"));
        assertThat(app.vm.layout().decidingProperty().get()).as("a dot vote is decided on the Votes tab").isTrue();
        assertThat(app.vm.project().orElseThrow().judge().tabProperty().get()).isEqualTo(JudgeTab.VOTES);

        app.robot.clickOn("#workshop-start");
        waitUntil(() -> !project().votes().rounds().isEmpty());
        VoteRound round = project().votes().rounds().get(0);
        assertThat(round.allowance()).as("the block's five dots").isEqualTo(5);
        assertThat(round.maxPerIdea()).isEqualTo(1);
        assertThat(round.anonymous()).isTrue();
        assertThat(round.candidates()).hasSize(2);

        app.robot.clickOn("#workshop-next");
        waitUntil(() -> app.vm.workshop().currentBlock().map(b -> b.kind() == org.offpiste.workshop.BlockKind.DUELS)
                .orElse(false));
        int topN = ((org.offpiste.workshop.Block.Duels) app.vm.workshop().currentBlock().orElseThrow()).topN();
        waitUntil(() -> app.vm.project().orElseThrow().judge().duels().topNProperty().get() == topN);
        assertThat(app.vm.project().orElseThrow().judge().tabProperty().get()).isEqualTo(JudgeTab.DUELS);
        app.robot.clickOn("#workshop-next");
        waitUntil(() -> app.vm.project().orElseThrow().judge().duels().topNProperty().get() == 0);
        assertThat(app.vm.workshop().currentBlock().orElseThrow().kind())
                .as("past the duels round, the duels pick among all ideas again")
                .isNotEqualTo(org.offpiste.workshop.BlockKind.DUELS);
    }

    private Project project() {
        return app.vm.project().orElseThrow().session().project();
    }
}
