package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.brief.BriefViewModel.SaveState;
import org.offpiste.facilitate.WorkshopViewModel;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.Session;
import org.offpiste.settings.Settings;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;

/**
 * Which project the window has open, and its life: opening one at start, switching to another,
 * taking over a board opened elsewhere, building its panes (again, when a team board's server is
 * back) and closing it with the window; the recent projects. The open project is followed by the
 * workshop and the live board, and checked once for a model that answers.
 */
final class ProjectLifecycle {
    private static final Logger LOG = Logger.getLogger(ProjectLifecycle.class.getName());
    private final SessionFactory sessions;
    private final Settings settings;
    private final Path projectsFolder;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SparringSupport support;
    private final Supplier<Messages> messages;
    private final Consumer<Notice> notices;
    private final WorkshopViewModel workshop;
    private final ModelSettingsLauncher modelSettings;
    private final LiveBoard live;
    private final ReadOnlyObjectWrapper<OpenProject> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final OpeningSessions opening = new OpeningSessions();
    private final FirstProject first;
    private boolean closed;

    ProjectLifecycle(SessionFactory sessions, Settings settings, Path projectsFolder, TaskExecutor executor,
                     DialogService dialogs, SparringSupport support, Supplier<Messages> messages,
                     Consumer<Notice> notices, WorkshopViewModel workshop, ModelSettingsLauncher modelSettings) {
        this.sessions = sessions;
        this.settings = settings;
        this.projectsFolder = projectsFolder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.support = support;
        this.messages = messages;
        this.notices = notices;
        this.workshop = workshop;
        this.modelSettings = modelSettings;
        this.first = new FirstProject(sessions, settings, projectsFolder);
        this.live = new LiveBoard(executor, new PendingFiles(settings.folder().resolve("pending")), this::project,
                this::rebuildPanes, sent -> show(Notice.Kind.INFO, messages.get().get(sent.conflict()
                ? "live.sentConflict" : "live.sent")));
        refreshRecent();
    }

    // ---- Properties

    ReadOnlyObjectProperty<OpenProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    Optional<OpenProject> project() {
        return Optional.ofNullable(project.get());
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    LiveBoard live() {
        return live;
    }

    // ---- Commands

    /** Opens {@code file}, else the last project if it still exists, else a new Untitled project. */
    void start(Optional<Path> file) {
        busy.set(true);
        executor.run(() -> {
            FirstProject.Start start = first.open(file);
            opening.opened(start.session());
            return start;
        }, start -> {
            install(start.session());
            if (start.problem() != null) {
                showOpenError(start.problem(), start.problem().path());
            }
        }, e -> {
            busy.set(false);
            showOpenError(e, file.orElse(projectsFolder));
        });
    }

    /** Creates a new project at {@code file} in place of the current one. */
    void create(Path file) {
        switchTo(file, () -> sessions.create(file));
    }

    /** Opens {@code file} in place of the current project; on failure the current one stays open. */
    void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (project().map(p -> p.path().toAbsolutePath().normalize().equals(target)).orElse(false)) {
            show(Notice.Kind.INFO, messages.get().get("workspace.notice.alreadyOpen", target.getFileName()));
            return;
        }
        switchTo(target, () -> sessions.open(target));
    }

    void clearRecent() {
        Optional<Path> current = project().map(OpenProject::path);
        for (Path p : settings.recentProjects()) {
            if (current.map(c -> !c.toAbsolutePath().normalize().equals(p)).orElse(true)) {
                settings.removeRecent(p);
            }
        }
        refreshRecent();
    }

    /** Takes over a board opened elsewhere (a team board the dialog connected to), as if opened here. */
    void adopt(Session session) {
        opening.opened(session);
        install(session);
    }

    /** Writes the last changes, closes the project (in the background), then runs {@code done} on the UI thread. */
    void close(Runnable done) {
        closed = true;
        workshop.dispose();
        live.stop();
        OpenProject p = project.get();
        if (p != null) {
            unbindPanes();
            project.set(null);
            p.retire();
        }
        // One background thread, in order: this runs after any project still opening has opened,
        // so a project that finishes opening as the window closes is closed too.
        executor.run(() -> {
            if (p != null) {
                p.session().close();
            }
            opening.closeAll();
            return true;
        }, closed -> done.run(), e -> {
            LOG.log(Level.WARNING, "Closing " + (p == null ? "the window" : p.path()) + " failed", e);
            opening.closeAll();
            done.run();
        });
    }

    /** The person's message for a failure with the project at {@code path}. */
    String problemText(Throwable e, Path path) {
        if (e instanceof ProjectException pe) {
            return messages.get().describe(pe);
        }
        LOG.log(Level.WARNING, "Unexpected failure with " + path, e);
        return messages.get().get("workspace.error.unexpected", path);
    }

    // ---- Internals

    private void switchTo(Path file, Callable<Session> open) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        project().ifPresent(p -> p.brief().flush());
        executor.run(() -> {
            Session s = this.opening.opened(open.call());
            settings.addRecent(s.project().path());
            return s;
        }, this::install, e -> {
            busy.set(false);
            if (e instanceof ProjectException pe && pe.problem() == Problem.NOT_FOUND) {
                settings.removeRecent(file);
                refreshRecent();
            }
            showOpenError(e, file);
        });
    }

    private void install(Session session) {
        if (!opening.claim(session)) {
            return; // the window closed meanwhile, and its close took care of this session
        }
        if (closed) {
            closeLater(session);
            return;
        }
        OpenProject old = project.get();
        if (old != null) {
            unbindPanes();
            old.retire();
            closeLater(old.session());
        }
        OpenProject p = panes(session);
        project.set(p);
        workshop.follow(session.project());
        live.follow(session);
        busy.set(false);
        refreshRecent();
        if (p.readOnly()) {
            show(Notice.Kind.WARNING, messages.get().get("project.problem.READ_ONLY", p.path()));
        } else {
            modelSettings.checkProviderOnce(session);
        }
    }

    private OpenProject panes(Session session) {
        OpenProject p = OpenProject.of(session, executor, support, dialogs, settings::authorName);
        p.useRefining(modelSettings::open);
        saveState.bind(p.brief().saveStateProperty());
        canUndo.bind(p.board().canUndoProperty().and(live.offlineProperty().not()));
        canRedo.bind(p.board().canRedoProperty().and(live.offlineProperty().not()));
        return p;
    }

    /** Builds the panes again over the open session (a team board's server is back: read it afresh). */
    private void rebuildPanes() {
        OpenProject old = project.get();
        if (old != null && !closed) {
            unbindPanes();
            old.retire();
            OpenProject p = panes(old.session());
            PaneState.carry(old, p);
            project.set(p);
        }
    }

    private void closeLater(Session session) {
        executor.run(() -> {
            session.close();
            return session;
        }, s -> { }, e -> LOG.log(Level.WARNING, "Closing " + session.project().path() + " failed", e));
    }

    private void unbindPanes() {
        saveState.unbind();
        canUndo.unbind();
        canRedo.unbind();
        saveState.set(SaveState.SAVED);
        canUndo.set(false);
        canRedo.set(false);
    }

    private void refreshRecent() {
        Optional<Path> current = project().map(p -> p.path().toAbsolutePath().normalize());
        recent.setAll(settings.recentProjects().stream().filter(p -> !current.map(p::equals).orElse(false)).toList());
    }

    private void showOpenError(Throwable e, Path path) {
        dialogs.showError(messages.get().get("workspace.error.openTitle"), problemText(e, path));
    }

    private void show(Notice.Kind kind, String text) {
        notices.accept(new Notice(kind, text));
    }
}
