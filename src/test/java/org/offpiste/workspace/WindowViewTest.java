package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class WindowViewTest {
    @TempDir
    Path home;
    private WindowFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private WindowFixture start(Optional<Path> file) throws Exception {
        Settings s = new Settings(home.resolve("config"));
        if (s.get("language").isEmpty()) {
            s.setLanguage(Messages.ENGLISH);
        }
        app = new WindowFixture(home).open(file);
        return app;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    @Test
    void theWindowShowsThreePanesWithTheProjectName() throws Exception {
        start(Optional.empty());

        assertThat(app.robot.lookup(".pane-frame").queryAll()).hasSize(3);
        assertThat(app.robot.lookup("#pane-brief").queryAs(CollapsiblePane.class).isVisible()).isTrue();
        assertThat(app.robot.lookup("#pane-sparring").tryQuery()).isPresent();
        assertThat(app.robot.lookup("#pane-board").tryQuery()).isPresent();
        assertThat(app.robot.lookup("#project-name").queryAs(Label.class).getText()).isEqualTo("Untitled");
        assertThat(app.robot.lookup("#status-path").queryAs(Label.class).getText())
                .isEqualTo(app.projects().resolve("Untitled.offpiste").toString());
        assertThat(app.window.stage().getTitle()).isEqualTo("Untitled — Offpiste");
    }

    @Test
    void aCollapsedPaneStaysCollapsedAfterARestart() throws Exception {
        start(Optional.empty());
        CollapsiblePane board = app.robot.lookup("#pane-board").queryAs(CollapsiblePane.class);

        app.robot.clickOn(app.robot.from(board).lookup(".pane-collapse").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(board.getWidth()).isLessThanOrEqualTo(CollapsiblePane.RAIL_WIDTH + 1);
        assertThat(((CheckMenuItem) app.menuItem("menu-pane-board")).isSelected()).isFalse();
        app.close();

        start(Optional.empty());
        CollapsiblePane again = app.robot.lookup("#pane-board").queryAs(CollapsiblePane.class);
        assertThat(again.getWidth()).isLessThanOrEqualTo(CollapsiblePane.RAIL_WIDTH + 1);
        assertThat(app.robot.from(again).lookup(".pane-rail").tryQuery()).isPresent();
        assertThat(((CheckMenuItem) app.menuItem("menu-pane-board")).isSelected()).isFalse();

        app.robot.clickOn(app.robot.from(again).lookup(".pane-expand").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.getWidth()).isGreaterThan(CollapsiblePane.MIN_WIDTH - 1);
    }

    @Test
    void switchingToFrenchRelabelsTheMenusAndIsSaved() throws Exception {
        start(Optional.empty());
        assertThat(app.menuBar().getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Workshop", "Help");

        app.fire("menu-language-fr");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.menuBar().getMenus()).extracting(Menu::getText)
                .containsExactly("Fichier", "Édition", "Affichage", "Atelier", "Aide");
        assertThat(app.robot.lookup("#pane-board .pane-title").queryAs(Label.class).getText()).isEqualTo("Tableau");
        assertThat(new Settings(home.resolve("config")).language()).isEqualTo(Messages.FRENCH);
        assertThat(app.vm.project()).isPresent();
    }

    @Test
    void theThemeSwitchesToDarkAndIsSaved() throws Exception {
        start(Optional.empty());

        app.fire("menu-theme-dark");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(new Settings(home.resolve("config")).theme()).isEqualTo("dark");

        app.robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(new Settings(home.resolve("config")).theme()).isEqualTo("light");
    }

    @Test
    void openingACorruptFileShowsWhyAndLeavesItByteForByte() throws Exception {
        start(Optional.empty());
        Path current = app.vm.project().orElseThrow().path();
        Path bad = home.resolve("Broken.offpiste");
        Files.writeString(bad, "SQLite format 3? no: just some text that is not a database");
        byte[] before = Files.readAllBytes(bad);
        app.dialogs.files.add(bad);

        app.fireLater("menu-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.robot.lookup(".dialog-message").tryQuery().isPresent());

        String shown = app.robot.lookup(".dialog-message").queryAs(Label.class).getText();
        Messages en = new Messages(Messages.ENGLISH);
        List<String> problems = Arrays.stream(Problem.values()).map(p -> en.get("project.problem." + p.name(), bad)).toList();
        assertThat(shown).isIn(problems);
        app.robot.clickOn(app.robot.lookup(".dialog-pane .button").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(bad)).isEqualTo(before);
        assertThat(app.vm.project().orElseThrow().path()).isEqualTo(current);
    }

    @Test
    void theLastProjectReopensAtStart() throws Exception {
        start(Optional.empty());
        Path chosen = home.resolve("Campaign.offpiste");
        app.dialogs.files.add(chosen);
        app.fire("menu-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.vm.project().map(p -> p.path().equals(chosen)).orElse(false));
        app.close();

        start(Optional.empty());

        assertThat(app.vm.project().orElseThrow().path()).isEqualTo(chosen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.robot.lookup("#project-name").queryAs(Label.class).getText()).isEqualTo("Campaign");
    }

    @Test
    void saveACopyAsWritesAFileThatOpens() throws Exception {
        start(Optional.empty());
        Path copy = home.resolve("Copy of it.offpiste");
        app.dialogs.files.add(copy);

        app.fire("menu-saveCopy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#notice").queryAs(javafx.scene.Node.class).isVisible());

        try (Project opened = new SqliteProjectFiles().open(copy)) {
            assertThat(opened.path()).isEqualTo(copy);
        }
        assertThat(app.vm.project().orElseThrow().path()).isEqualTo(app.projects().resolve("Untitled.offpiste"));
    }

    @Test
    void undoActsOnTheFocusedTextFieldElseOnTheBoard() throws Exception {
        start(Optional.empty());
        javafx.scene.control.TextField title = app.robot.lookup("#brief-field-title")
                .queryAs(javafx.scene.control.TextField.class);
        app.robot.clickOn(title).write("Fix");
        assertThat(title.getText()).isEqualTo("Fix");

        app.fire("menu-undo");
        assertThat(title.getText()).isEmpty();

        org.offpiste.board.BoardService board = app.vm.project().orElseThrow().session().board();
        board.add("Chairlift haiku", "", List.of(), org.offpiste.board.IdeaStatus.INBOX);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.vm.canUndoProperty().get());
        app.robot.interact(() -> app.robot.lookup("#pane-board").queryAs(CollapsiblePane.class).requestFocus());

        app.fire("menu-undo");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> board.store().count() == 0);
        assertThat(title.getText()).isEmpty();
    }

    @Test
    void findOpensTheBoardAndFocusesItsSearch() throws Exception {
        start(Optional.empty());
        app.robot.clickOn("#toggle-board");
        assertThat(app.vm.layout().isCollapsed(PaneId.BOARD)).isTrue();
        assertThat(((CheckMenuItem) app.menuItem("menu-pane-board")).isSelected()).isFalse();

        app.fire("menu-find");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.vm.layout().isCollapsed(PaneId.BOARD)).isFalse();
        javafx.scene.Node focused = app.window.stage().getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(javafx.scene.control.TextInputControl.class);
        assertThat(app.robot.lookup("#pane-board").queryAs(CollapsiblePane.class).lookupAll(".text-field"))
                .contains(focused);
    }

    @Test
    void shortcutsShowAndHideThePanes() throws Exception {
        start(Optional.empty());

        app.robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.vm.layout().isCollapsed(PaneId.BRIEF)).isTrue();

        app.robot.push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.vm.layout().isCollapsed(PaneId.BRIEF)).isFalse();
    }
}
