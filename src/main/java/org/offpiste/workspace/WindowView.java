package org.offpiste.workspace;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.offpiste.board.BoardScreenState;
import org.offpiste.present.PresentationView;
import org.offpiste.present.PresentationViewModel;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.settings.Settings;
import org.offpiste.ui.BaseStyles;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.Pulses;

/**
 * The main window: shows at once with empty panes, opens the project in the background, follows
 * the theme and language, remembers its place, and closes the project cleanly before exiting.
 */
public final class WindowView {
    static final String CSS = Objects.requireNonNull(WindowView.class.getResource("workspace.css")).toExternalForm();
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);
    private final Stage stage;
    private final WorkspaceViewModel vm;
    private final Settings settings;
    private final DialogService dialogs;
    private final Runnable exit;
    private WorkspaceView view;
    private PresentationView presentation;
    private Scene scene;
    private boolean closing;
    private Rectangle2D normalBounds;
    private final List<Runnable> readyActions = new ArrayList<>();

    /** {@code exit} runs once the project is closed (ends the program; tests pass their own). */
    public WindowView(Stage stage, WorkspaceViewModel vm, Settings settings, DialogService dialogs, Runnable exit) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        this.dialogs = dialogs;
        this.exit = exit;
    }

    public Stage stage() {
        return stage;
    }

    public WorkspaceView view() {
        return view;
    }

    /**
     * Shows the window at once (its outline first); right after the first frame, starts opening
     * {@code file} (or the last project, or a new one) in the background and builds the real view.
     */
    public void show(Optional<Path> file) {
        show(file, Optional.empty());
    }

    /** As {@link #show(Optional)}, then connects to {@code board} once the first project is open. */
    public void show(Optional<Path> file, Optional<TeamBoardAddress> board) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Optional<WindowGeometry> saved = WindowGeometry.load(settings)
                .filter(g -> !Screen.getScreensForRectangle(g.x(), g.y(), g.width(), g.height()).isEmpty());
        double w = saved.map(WindowGeometry::width).orElse(Math.min(1440, screen.getWidth() * 0.9));
        double h = saved.map(WindowGeometry::height).orElse(Math.min(900, screen.getHeight() * 0.9));
        scene = new Scene(new ShellPane(vm.themeProperty().get(), vm.layout(), w), w, h);
        scene.getStylesheets().add(ShellPane.CSS);
        stage.setScene(scene);
        stage.setMinWidth(880);
        stage.setMinHeight(560);
        saved.ifPresentOrElse(g -> {
            stage.setX(g.x());
            stage.setY(g.y());
            stage.setMaximized(g.maximized());
        }, stage::centerOnScreen);
        trackNormalBounds();
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        updateTitle();
        stage.show();
        Pulses.afterNextFrame(scene, () -> build(file, board));
    }

    /** Runs {@code action} once, after the real view shows the first project with its board filled. */
    public void whenProjectShown(Runnable action) {
        readyActions.add(action);
        checkReady();
    }

    private void build(Optional<Path> file, Optional<TeamBoardAddress> board) {
        vm.start(file, board);
        vm.themeProperty().get().apply();
        view = newView();
        scene.getStylesheets().setAll(BaseStyles.URL, CSS);
        scene.setRoot(view);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> view.redo());
        scene.getAccelerators().put(KeyCombination.keyCombination(MenuView.PRESENT_KEY_2), vm.presentation()::open);
        Subscription.combine(
                vm.projectProperty().subscribe(p -> {
                    updateTitle();
                    if (p != null) {
                        p.board().screenStateProperty().subscribe(state -> checkReady());
                    }
                }),
                vm.language().messagesProperty().subscribe((old, now) -> rebuild()),
                vm.themeProperty().subscribe((old, now) -> now.apply()),
                vm.presentation().shownProperty().subscribe(this::showPresentation));
        loadIcons();
    }

    /** Puts the presentation on screen, or takes it off. */
    private void showPresentation(PresentationViewModel shown) {
        if (presentation != null) {
            presentation.close();
            presentation = null;
        }
        if (shown != null) {
            presentation = new PresentationView(shown, vm.language().messages(), stage, vm.presentation()::closed);
            presentation.show();
        }
    }

    /** The presentation on screen, if any. */
    public Optional<PresentationView> presentation() {
        return Optional.ofNullable(presentation);
    }

    private void checkReady() {
        boolean boardFilled = vm.project()
                .map(p -> p.board().screenStateProperty().get() != BoardScreenState.LOADING).orElse(false);
        if (view != null && boardFilled && !readyActions.isEmpty()) {
            List<Runnable> due = List.copyOf(readyActions);
            readyActions.clear();
            due.forEach(a -> Pulses.afterNextFrame(scene, a));
        }
    }

    /** Remembers the layout, hides the window, closes the project, then exits. */
    public void requestClose() {
        if (closing || !vm.mayClose()) {
            return;
        }
        closing = true;
        saveGeometry();
        stage.hide();
        vm.close(exit);
    }

    private WorkspaceView newView() {
        return new WorkspaceView(vm, vm.language().messages(), dialogs, this::requestClose);
    }

    private void rebuild() {
        WorkspaceView old = view;
        view = newView();
        scene.setRoot(view);
        old.dispose();
        updateTitle();
    }

    private void updateTitle() {
        String app = vm.language().messages().get("app.name");
        stage.setTitle(vm.project().map(p -> p.displayName() + " — " + app).orElse(app));
    }

    private void trackNormalBounds() {
        Runnable record = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(o -> record.run());
        stage.yProperty().addListener(o -> record.run());
        stage.widthProperty().addListener(o -> record.run());
        stage.heightProperty().addListener(o -> record.run());
    }

    private void saveGeometry() {
        Rectangle2D b = normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (b.getWidth() > 0 && b.getHeight() > 0) {
            new WindowGeometry(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized()).save(settings);
        }
    }

    private void loadIcons() {
        for (int size : ICON_SIZES) {
            URL url = WindowView.class.getResource("/org/offpiste/app/icon-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm(), true));
            }
        }
    }
}
