package org.offpiste.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.offpiste.project.Session;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxTaskExecutor;
import org.offpiste.workspace.LanguageViewModel;
import org.offpiste.workspace.SessionFactory;
import org.offpiste.workspace.WorkspaceViewModel;
import org.offpiste.workspace.WindowView;

/** Opens the window. Starts JavaFX from the plain main thread (the program is not an {@code Application}). */
public final class Gui {
    private final AppContext context;

    public Gui(AppContext context) {
        this.context = context;
    }

    /** Starts JavaFX and shows the window on {@code project} (or the last project, or a new one); returns at once. */
    public void open(Optional<Path> project) {
        Platform.setImplicitExit(false);
        Platform.startup(() -> show(project));
    }

    private void show(Optional<Path> project) {
        FxTaskExecutor executor = new FxTaskExecutor();
        Stage stage = new Stage();
        LanguageViewModel language = new LanguageViewModel(context.settings());
        FxDialogService dialogs = new FxDialogService(() -> stage, language::messages,
                context.dirs().projects());
        WorkspaceViewModel vm = new WorkspaceViewModel(sessions(), context.settings(), context.dirs().projects(),
                executor, dialogs, language);
        WindowView window = new WindowView(stage, vm, context.settings(), dialogs, () -> {
            executor.shutdown(Duration.ofSeconds(10));
            Platform.exit();
        });
        BenchHooks.install(window);
        window.show(project);
    }

    private SessionFactory sessions() {
        return new SessionFactory() {
            @Override
            public Session open(Path file) {
                return context.open(file);
            }

            @Override
            public Session create(Path file) {
                return context.create(file);
            }
        };
    }
}
