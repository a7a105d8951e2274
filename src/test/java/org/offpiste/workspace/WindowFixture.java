package org.offpiste.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.offpiste.settings.Settings;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, wired as {@code Gui} wires it, over a temporary home; can be closed and opened again. */
final class WindowFixture {
    final FxRobot robot = new FxRobot();
    final Path home;
    Settings settings;
    RecordingDialogs dialogs;
    WorkspaceViewModel vm;
    SparringSupport support = SparringSupport.none();
    SessionFactory sessions = new RealSessions();
    TeamBoardSupport teamBoards = TeamBoardSupport.none();
    /** The team board to connect to at start, as {@code offpiste open postgresql://…} asks. */
    Optional<org.offpiste.project.TeamBoardAddress> board = Optional.empty();
    WindowView window;
    private FxTaskExecutor executor;
    private CountDownLatch exited;

    WindowFixture(Path home) {
        this.home = home;
    }

    Path projects() {
        return home.resolve("projects");
    }

    /** Starts the window as at program start (settings read afresh) and waits for the project. */
    WindowFixture open(Optional<Path> file) throws Exception {
        settings = new Settings(home.resolve("config"));
        executor = new FxTaskExecutor();
        exited = new CountDownLatch(1);
        robot.interact(() -> {
            Stage stage = new Stage();
            LanguageViewModel language = new LanguageViewModel(settings);
            dialogs = new RecordingDialogs(new FxDialogService(() -> stage, language::messages));
            vm = new WorkspaceViewModel(sessions, settings, projects(), executor, dialogs, language, support, teamBoards);
            window = new WindowView(stage, vm, settings, dialogs, () -> {
                executor.shutdown(Duration.ofSeconds(5));
                exited.countDown();
            });
            window.show(file, board);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.view() != null && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Closes the window as the person would, and waits until the project is closed. */
    void close() throws InterruptedException {
        robot.interact(() -> window.requestClose());
        if (!exited.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the window did not finish closing");
        }
    }

    MenuBar menuBar() {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    MenuItem menuItem(String id) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu m : menuBar().getMenus()) {
            collect(m, all);
        }
        return all.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** Fires a menu item now and waits for what it does on the JavaFX thread. */
    void fire(String id) {
        MenuItem item = menuItem(id);
        robot.interact(item::fire);
    }

    /** Fires a menu item without waiting (it may open a modal dialog). */
    void fireLater(String id) {
        MenuItem item = menuItem(id);
        WaitForAsyncUtils.asyncFx(item::fire);
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                collect(sub, out);
            }
        }
    }
}
