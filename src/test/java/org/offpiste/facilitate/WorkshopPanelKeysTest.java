package org.offpiste.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The panel's single keys move everyone; with Ctrl, Cmd or Alt they are someone else's shortcut (Cmd+M minimises). */
class WorkshopPanelKeysTest {
    @TempDir
    Path dir;
    private Project project;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (project != null) {
            project.close();
        }
    }

    private static KeyEvent press(KeyCode code, boolean shortcut) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, shortcut, false, shortcut);
    }

    @Test
    void aLetterWithAModifierDoesNothingAndAloneMovesEveryone() throws Exception {
        project = new SqliteProjectFiles().create(dir.resolve("w.offpiste"));
        WorkshopViewModelTest fixture = new WorkshopViewModelTest();
        fixture.dir = dir;
        WorkshopViewModel vm = fixture.vm(new Settings(dir));
        WaitForAsyncUtils.asyncFx(() -> {
            vm.follow(new FeedProject(project).project);
            vm.start(WorkshopViewModelTest.AGENDA);
            WorkshopPanel panel = new WorkshopPanel(vm, new Messages(Messages.ENGLISH), () -> { });
            for (KeyCode code : List.of(KeyCode.N, KeyCode.M, KeyCode.P, KeyCode.SPACE)) {
                Event.fireEvent(panel, press(code, true));
            }
            assertThat(vm.roundIndexProperty().get()).isZero();
            assertThat(vm.timeProperty().get()).isEqualTo("08:00");
            assertThat(vm.runningProperty().get()).isFalse();
            Event.fireEvent(panel, press(KeyCode.N, false));
            assertThat(vm.roundIndexProperty().get()).isEqualTo(1);
            panel.dispose();
        }).get();
    }
}
