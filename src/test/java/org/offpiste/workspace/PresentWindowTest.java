package org.offpiste.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.present.PresentationView;
import org.offpiste.present.PresentationViewModel;
import org.offpiste.settings.Settings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** View › Present the Shortlist, from the real window: the menu item and both shortcuts, and leaving with Esc. */
class PresentWindowTest {
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
        OpenProject p = app.vm.project().orElseThrow();
        p.session().board().add("Lanterns", "Paper lanterns along the river", List.of("light"), IdeaStatus.SHORTLIST);
        p.session().board().add("Still in the Inbox", "", List.of(), IdeaStatus.INBOX);
        p.session().board().add("Fondue", "", List.of(), IdeaStatus.SHORTLIST);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app != null && app.window.stage().isShowing()) {
            app.close();
        }
    }

    /** Waits for the presentation to show its first idea, and returns its window. */
    private PresentationView presenting() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window.presentation().isPresent()
                && app.vm.presentation().shownProperty().get() != null
                && app.vm.presentation().shownProperty().get().stateProperty().get() == PresentationViewModel.State.SHOWING);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationView view = app.window.presentation().orElseThrow();
        assertThat(view.stage().isShowing()).isTrue();
        assertThat(view.stage().getOwner()).isSameAs(app.window.stage());
        Label title = (Label) view.stage().getScene().lookup("#present-title");
        assertThat(title.getText()).isEqualTo("Lanterns");
        assertThat(((Label) view.stage().getScene().lookup("#present-position")).getText()).isEqualTo("1 / 2");
        return view;
    }

    private void leave(PresentationView view) {
        app.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.stage().isShowing()).isFalse();
        assertThat(app.window.presentation()).isEmpty();
        assertThat(app.vm.presentation().shownProperty().get()).isNull();
        assertThat(app.window.stage().isShowing()).isTrue();
    }

    @Test
    void theViewMenuPresentsTheShortlistAndEscBringsTheWindowBack() throws Exception {
        start();
        MenuItem item = app.menuItem("menu-present");
        assertThat(item.getText()).isEqualTo("Present the Shortlist");
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("F5"));
        assertThat(item.isDisable()).isFalse();

        app.fire("menu-present");

        PresentationView view = presenting();
        app.robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) view.stage().getScene().lookup("#present-title")).getText()).isEqualTo("Fondue");
        leave(view);
    }

    @Test
    void f5PresentsTheShortlist() throws Exception {
        start();
        app.robot.clickOn("#menu-bar");
        app.robot.type(KeyCode.ESCAPE);

        app.robot.type(KeyCode.F5);

        leave(presenting());
    }

    @Test
    void shortcutShiftPPresentsTheShortlist() throws Exception {
        start();

        app.robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.SHORTCUT);

        leave(presenting());
    }

    @Test
    void closingTheWindowEndsThePresentation() throws Exception {
        start();
        app.fire("menu-present");
        PresentationView view = presenting();

        app.close();

        assertThat(view.stage().isShowing()).isFalse();
        assertThat(app.vm.presentation().shownProperty().get()).isNull();
    }
}
