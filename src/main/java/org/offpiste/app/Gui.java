package org.offpiste.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.teamboard.TeamBoardSessions;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.ui.FxDialogService;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.models.ModelSetup;
import org.offpiste.workspace.SparringSupport;
import org.offpiste.workspace.LanguageViewModel;
import org.offpiste.workspace.SessionFactory;
import org.offpiste.workspace.WorkspaceViewModel;
import org.offpiste.workspace.WindowView;

/** Opens the window. Starts JavaFX from the plain main thread (the program is not an {@code Application}). */
public final class Gui {
    private final AppContext context;
    private CompletableFuture<FxTaskExecutor> early;

    public Gui(AppContext context) {
        this.context = context;
    }

    /**
     * Starts JavaFX on a background thread now, while the command line is still being read, so
     * that {@link #open} finds it running. For {@code Main} to call when the arguments ask for
     * the window (none, or {@code open}); harmless if the window is then not opened.
     */
    public void startEarly() {
        if (early != null) {
            return;
        }
        early = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> early.complete(new FxTaskExecutor()));
            } catch (RuntimeException | Error e) {
                early.completeExceptionally(e);
            }
        }, "offpiste-fx-start");
        // Not a daemon: the JavaFX thread inherits it, and must keep the program alive.
        starter.setDaemon(false);
        starter.start();
    }

    /** Starts JavaFX (unless {@link #startEarly} did) and shows the window on {@code project}; returns at once. */
    public void open(Optional<Path> project) {
        open(project, Optional.empty());
    }

    /**
     * As {@link #open(Optional)}; with a {@code board}, the window then connects to that team board
     * (its password from the environment or the keyring, else the Connect dialog asks for it).
     */
    public void open(Optional<Path> project, Optional<TeamBoardAddress> board) {
        if (early == null) {
            Platform.setImplicitExit(false);
            Platform.startup(() -> show(new FxTaskExecutor(), project, board));
            return;
        }
        FxTaskExecutor executor;
        try {
            executor = early.join();
        } catch (CompletionException e) {
            // The same failure as a direct start (e.g. no display), not its wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
        executor.onUi(() -> show(executor, project, board));
    }

    private void show(FxTaskExecutor executor, Optional<Path> project, Optional<TeamBoardAddress> board) {
        Stage stage = new Stage();
        LanguageViewModel language = new LanguageViewModel(context.settings());
        FxDialogService dialogs = new FxDialogService(() -> stage, language::messages,
                context.dirs().projects());
        FxTaskExecutor network = new FxTaskExecutor("offpiste-net");
        WorkspaceViewModel vm = new WorkspaceViewModel(sessions(), context.settings(), context.dirs().projects(),
                executor, dialogs, language, sparringSupport(context, network), teamBoardSupport(context));
        WindowView window = new WindowView(stage, vm, context.settings(), dialogs, () -> {
            executor.shutdown(Duration.ofSeconds(10));
            network.shutdown(Duration.ofSeconds(1)); // a key being kept; a hung model list is not waited for
            Platform.exit();
        });
        BenchHooks.install(window);
        window.show(project, board);
    }

    /**
     * Sparring for the window. The keys, the model catalog and the provider search are made on first
     * use, which is background work on {@code network}: nothing here opens the OS keyring, so the
     * JavaFX thread never waits for it (nor for {@link AppContext}'s lock while a worker opens it).
     */
    public static SparringSupport sparringSupport(AppContext context, TaskExecutor network) {
        return new SparringSupport(Session::sparring, new FxFrameScheduler(),
                new ModelSetup(context::modelCatalog, context::secrets, context.providerPreferences(),
                        context::discovery), network, context::techniques);
    }

    /** Team boards for the window: the sessions of the composition root, the keyring opened on first use. */
    public static TeamBoardSupport teamBoardSupport(AppContext context) {
        return new TeamBoardSupport(new TeamBoardSessions() {
            @Override
            public Session connect(TeamBoardAddress address, char[] password) {
                return context.connect(address, password);
            }

            @Override
            public Session publish(Project source, TeamBoardAddress address, char[] password) {
                return context.publish(source, address, password);
            }
        }, context.teamPasswords());
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
