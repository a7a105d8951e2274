package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The judgement screen on a real project file, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class JudgeViewTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    @TempDir
    Path dir;
    private JudgeFixture f;
    private JudgeViewModel vm;
    private JudgeView view;

    @Start
    void start(Stage stage) {
        f = new JudgeFixture(dir.resolve("a.offpiste")).briefTitled("Night skiing");
        for (String t : List.of("Lanterns", "Fondue night", "Moon race", "Snow cinema", "Silent disco")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        vm = new JudgeViewModel(f.context(executor, false));
        Messages messages = new Messages(Locale.ENGLISH);
        view = new JudgeView(vm, messages, new FxDialogService(() -> stage, () -> messages));
        stage.setScene(new Scene(view, 1000, 640));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
        vm.shownProperty().set(true);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view.dispose();
            vm.dispose();
        }).get();
        executor.close();
        f.close();
    }

    @Test
    void theTabsAreNamedAndTheLastOneIsRemembered(FxRobot robot) {
        TabPane tabs = robot.lookup("#judge-view").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Ranking", "Criteria", "Dot votes", "Duels");

        robot.clickOn("Duels");

        assertThat(vm.tabProperty().get()).isEqualTo(JudgeTab.DUELS);
    }

    @Test
    void theDuelsHeaderSaysTopNOnlyWhileAWorkshopRoundLimitsThem(FxRobot robot) throws Exception {
        robot.clickOn("Duels");
        waitUntil(() -> vm.duels().stateProperty().get() == DuelsScreenState.PAIR);
        assertThat(robot.lookup("#duel-top").queryAs(Label.class).isVisible()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> vm.duels().topNProperty().set(3)).get();
        assertThat(robot.lookup("#duel-top").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#duel-top").queryAs(Label.class).getText()).isEqualTo("Top 3");

        WaitForAsyncUtils.asyncFx(() -> vm.duels().topNProperty().set(0)).get();
        assertThat(robot.lookup("#duel-top").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void tenDuelsWithTheKeyboardAreStoredAsJudged(FxRobot robot) {
        robot.clickOn("Duels");
        waitUntil(() -> vm.duels().stateProperty().get() == DuelsScreenState.PAIR);
        assertThat(robot.lookup(".duel-question").queryAs(Label.class).getText())
                .isEqualTo("Which is stronger for this brief? — Night skiing");
        List<Duel> expected = new ArrayList<>();
        KeyCode[] keys = {KeyCode.LEFT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.BACK_SPACE,
            KeyCode.LEFT, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.LEFT};
        for (KeyCode key : keys) {
            long left = vm.duels().leftProperty().get().id();
            long right = vm.duels().rightProperty().get().id();
            assertThat(robot.lookup("#duel-left .duel-card-title").queryAs(Label.class).getText())
                    .isEqualTo(vm.duels().leftProperty().get().title());
            robot.type(key);
            switch (key) {
                case LEFT -> expected.add(new Duel(left, right, Duel.Result.LEFT));
                case RIGHT -> expected.add(new Duel(left, right, Duel.Result.RIGHT));
                case DOWN -> expected.add(new Duel(left, right, Duel.Result.TIE));
                default -> expected.remove(expected.size() - 1);
            }
        }

        assertThat(expected).hasSize(10);
        waitUntil(() -> f.project.duels().duels().size() == 10);
        assertThat(f.project.duels().duels()).extracting(DuelRecord::duel).containsExactlyElementsOf(expected);
        assertThat(f.project.duels().duels()).allSatisfy(d -> assertThat(d.rater()).isEqualTo("Ana"));
        assertThat(robot.lookup("#duel-progress").queryAs(Label.class).getText())
                .isEqualTo("10 duels this session · 10 in all");
    }

    @Test
    void anIdeaIsPromotedToTheShortlistFromTheRankingAndUndoTakesItBack(FxRobot robot) {
        TableView<?> table = robot.lookup("#ranking-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 5);

        robot.clickOn("Moon race");
        robot.clickOn("#ranking-promote");

        waitUntil(() -> f.board.store().query(org.offpiste.board.IdeaQuery.all()).stream()
                .anyMatch(i -> i.title().equals("Moon race") && i.status() == IdeaStatus.SHORTLIST));
        waitUntil(() -> robot.lookup("Shortlist").tryQuery().isPresent());
        f.board.undo();
        waitUntil(() -> f.board.store().query(org.offpiste.board.IdeaQuery.all()).stream()
                .allMatch(i -> i.status() == IdeaStatus.INBOX));
        assertThat(robot.lookup("#ranking-promote").queryAs(Button.class)).isNotNull();
    }

    @Test
    void aRankingColumnSortsBestFirstOnTheFirstClickWithEmptyValuesLastBothWays(FxRobot robot) {
        java.util.Map<String, Long> id = new java.util.HashMap<>();
        f.board.store().query(org.offpiste.board.IdeaQuery.all()).forEach(i -> id.put(i.title(), i.id()));
        org.offpiste.ranking.DuelService duels = f.judgement.duels();
        for (int k = 0; k < 2; k++) {
            duels.record(id.get("Lanterns"), id.get("Fondue night"), Duel.Result.LEFT, "Ana");
            duels.record(id.get("Fondue night"), id.get("Moon race"), Duel.Result.LEFT, "Ana");
        }
        duels.record(id.get("Moon race"), id.get("Lanterns"), Duel.Result.RIGHT, "Ana");
        long criterion = f.judgement.criteria().criteria().get(0).id();
        f.judgement.criteria().rate(id.get("Moon race"), criterion, "Ana", 5);
        f.judgement.criteria().rate(id.get("Fondue night"), criterion, "Ana", 2);
        TableView<?> table = robot.lookup("#ranking-table").queryAs(TableView.class);
        robot.interact(() -> vm.ranking().refresh());
        waitUntil(() -> table.getItems().size() == 5
                && table.getItems().stream().filter(r -> ((RankingRow) r).winChance() != null).count() == 3);

        robot.clickOn(header(robot, table, "Win chance (duels)"));
        List<String> bestFirst = titles(table);
        robot.clickOn(header(robot, table, "Win chance (duels)"));
        List<String> worstFirst = titles(table);
        robot.clickOn(header(robot, table, "Score"));
        List<String> byScore = titles(table);

        assertThat(bestFirst.subList(0, 3)).containsExactly("Lanterns", "Fondue night", "Moon race");
        assertThat(bestFirst.subList(3, 5)).containsExactlyInAnyOrder("Snow cinema", "Silent disco");
        assertThat(worstFirst.subList(0, 3)).containsExactly("Moon race", "Fondue night", "Lanterns");
        assertThat(worstFirst.subList(3, 5)).containsExactlyInAnyOrder("Snow cinema", "Silent disco");
        assertThat(byScore.subList(0, 2)).containsExactly("Moon race", "Fondue night");
        assertThat(robot.from(table).lookup("no duels yet").queryAll()).as("shown for an idea without a duel")
                .anyMatch(n -> n instanceof Label);
    }

    private static javafx.scene.Node header(FxRobot robot, TableView<?> table, String text) {
        return robot.from(table).lookup(".column-header .label")
                .match((javafx.scene.Node n) -> n instanceof Label l && text.equals(l.getText())).query();
    }

    private static List<String> titles(TableView<?> table) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.getItems().stream().map(r -> ((RankingRow) r).idea().title()).toList();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
