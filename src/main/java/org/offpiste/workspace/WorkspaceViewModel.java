package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import org.offpiste.facilitate.Workshops;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;
import org.offpiste.project.ProjectFiles;
import org.offpiste.project.Session;
import org.offpiste.settings.Settings;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.ui.Theme;

/**
 * The window's state and commands: which project is open (and opening, switching, copying,
 * closing it), recent projects, theme, language, board undo and the banner's notices.
 */
public final class WorkspaceViewModel {
    private static final Logger LOG = Logger.getLogger(WorkspaceViewModel.class.getName());
    private static final String FILTER = "*" + ProjectFiles.EXTENSION;
    private final SessionFactory sessions;
    private final Settings settings;
    private final Path projectsFolder;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LanguageViewModel language;
    private final PaneLayoutViewModel layout;
    private final ReadOnlyObjectWrapper<OpenProject> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Theme> theme;
    private boolean closed;
    private final OpeningSessions opening = new OpeningSessions();
    private final FirstProject first;
    private final SparringSupport support;
    private final ModelSettingsLauncher modelSettings;
    private final ProjectExports exports;
    private final Notices notices;
    private final LiveBoard live;
    private final TeamBoardLauncher teamBoards;
    private final PresentationLauncher presentation;
    private final WorkshopViewModel workshop;

    public WorkspaceViewModel(SessionFactory sessions, Settings settings, Path projectsFolder,
                              TaskExecutor executor, DialogService dialogs, LanguageViewModel language) {
        this(sessions, settings, projectsFolder, executor, dialogs, language, SparringSupport.none());
    }

    public WorkspaceViewModel(SessionFactory sessions, Settings settings, Path projectsFolder,
                              TaskExecutor executor, DialogService dialogs, LanguageViewModel language,
                              SparringSupport support) {
        this(sessions, settings, projectsFolder, executor, dialogs, language, support, TeamBoardSupport.none());
    }

    /** @param teamBoards connecting to team boards and publishing to them */
    public WorkspaceViewModel(SessionFactory sessions, Settings settings, Path projectsFolder,
                              TaskExecutor executor, DialogService dialogs, LanguageViewModel language,
                              SparringSupport support, TeamBoardSupport teamBoards) {
        this.support = support;
        this.notices = new Notices(executor);
        this.teamBoards = new TeamBoardLauncher(teamBoards, support.networkOr(executor), settings, this::messages,
                this::project, this::adopt, notices::show);
        this.exports = new ProjectExports(executor, dialogs, this::messages, this::project, notices::show);
        this.modelSettings = new ModelSettingsLauncher(support, executor, language, this::project, notices::show,
                notices::dismiss);
        this.sessions = sessions;
        this.settings = settings;
        this.projectsFolder = projectsFolder;
        this.executor = executor;
        this.dialogs = dialogs;
        this.language = language;
        this.layout = new PaneLayoutViewModel(settings);
        this.workshop = Workshops.viewModel(executor, support.networkOr(executor), settings, language::messages,
                support.techniques());
        new RoundScreens(workshop, layout, this::project);
        this.first = new FirstProject(sessions, settings, projectsFolder);
        this.theme = new ReadOnlyObjectWrapper<>(Theme.of(settings.theme()));
        this.live = new LiveBoard(executor, new PendingFiles(settings.folder().resolve("pending")), this::project,
                this::rebuildPanes, sent -> show(Notice.Kind.INFO, messages().get(sent.conflict() ? "live.sentConflict"
                : "live.sent")));
        this.presentation = new PresentationLauncher(executor, project.getReadOnlyProperty());
        refreshRecent();
    }

    // ---- Properties

    public ReadOnlyObjectProperty<OpenProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Optional<OpenProject> project() {
        return Optional.ofNullable(project.get());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Recently opened projects, newest first, without the open one. */
    public ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recent);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notices.property();
    }

    public LanguageViewModel language() {
        return language;
    }

    public PaneLayoutViewModel layout() {
        return layout;
    }

    /** Opening the model settings, and the calm notice when no model answers. */
    public ModelSettingsLauncher modelSettings() {
        return modelSettings;
    }

    /** Facilitator mode: the board's workshop (round strip, facilitator's panel, agenda editor). */
    public WorkshopViewModel workshop() {
        return workshop;
    }

    /** A team board's changes by others, and its server going away and coming back. */
    public LiveBoard live() {
        return live;
    }

    /** File › Connect to a Team Board…, Publish to a Team Board…, Recent Team Boards. */
    public TeamBoardLauncher teamBoards() {
        return teamBoards;
    }

    /** File › Export. */
    public ProjectExports exports() {
        return exports;
    }

    /** View › Present the Shortlist. */
    public PresentationLauncher presentation() {
        return presentation;
    }

    // ---- Commands: projects

    /** Opens {@code file}, else the last project if it still exists, else a new Untitled project. */
    public void start(Optional<Path> file) {
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

    /** File › New…: asks for a file name and creates the project there. */
    public void newProject() {
        Messages m = messages();
        dialogs.chooseFileToSave(m.get("workspace.dialog.new"), UntitledNames.BASE + FILTER.substring(1),
                        m.get("workspace.dialog.filter"), FILTER)
                .map(UntitledNames::withExtension)
                .ifPresent(file -> switchTo(file, () -> sessions.create(file)));
    }

    /** File › Open…: asks for a project file and opens it. */
    public void openProject() {
        Messages m = messages();
        dialogs.chooseFileToOpen(m.get("workspace.dialog.open"), m.get("workspace.dialog.filter"), FILTER)
                .ifPresent(this::open);
    }

    /** Opens {@code file} in place of the current project; on failure the current one stays open. */
    public void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (project().map(p -> p.path().toAbsolutePath().normalize().equals(target)).orElse(false)) {
            show(Notice.Kind.INFO, messages().get("workspace.notice.alreadyOpen", target.getFileName()));
            return;
        }
        switchTo(target, () -> sessions.open(target));
    }

    public void clearRecent() {
        Optional<Path> current = project().map(OpenProject::path);
        for (Path p : settings.recentProjects()) {
            if (current.map(c -> !c.toAbsolutePath().normalize().equals(p)).orElse(true)) {
                settings.removeRecent(p);
            }
        }
        refreshRecent();
    }

    /** File › Save a Copy As…: writes a self-contained copy; the open project stays the same. */
    public void saveCopyAs() {
        OpenProject p = project.get();
        if (p == null) {
            return;
        }
        Messages m = messages();
        boolean board = p.session().project().teamBoard().isPresent();
        String name = board ? UntitledNames.displayName(p.path()) + FILTER.substring(1) // File › Export to a File…
                : UntitledNames.displayName(p.path()) + " " + m.get("workspace.dialog.copySuffix") + FILTER.substring(1);
        dialogs.chooseFileToSave(m.get(board ? "teamboard.dialog.export" : "workspace.dialog.saveCopy"), name,
                        m.get("workspace.dialog.filter"), FILTER)
                .map(UntitledNames::withExtension)
                .ifPresent(target -> copyTo(p, target.toAbsolutePath().normalize()));
    }

    /**
     * Writes the brief's last changes now; if they still cannot be saved (a full disk, a file
     * made read-only), asks whether to close anyway. False means: keep the window open.
     */
    public boolean mayClose() {
        OpenProject p = project.get();
        if (p == null || p.readOnly()) {
            return true;
        }
        p.brief().flush();
        if (p.brief().saveStateProperty().get() != SaveState.FAILED) {
            return true;
        }
        Messages m = messages();
        return dialogs.confirm(m.get("workspace.close.unsaved.title"), m.get("workspace.close.unsaved.message"));
    }

    /** Writes the last changes, closes the project (in the background), then runs {@code done} on the UI thread. */
    public void close(Runnable done) {
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

    // ---- Commands: view, edit, help

    public void setTheme(Theme value) {
        settings.setTheme(value.id());
        theme.set(value);
    }

    public void setLanguage(Locale locale) {
        language.set(locale);
    }

    public void undoBoard() {
        project().ifPresent(p -> p.board().undo());
    }

    public void redoBoard() {
        project().ifPresent(p -> p.board().redo());
    }

    /** Asks for the name written as author of the ideas this person adds (a setting, not the project's). */
    public void changeAuthorName() {
        Messages m = messages();
        dialogs.askText(m.get("workspace.name.title"), m.get("workspace.name.message"), settings.authorName())
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .ifPresent(settings::setAuthorName);
    }

    public void about() {
        Messages m = messages();
        dialogs.showInfo(m.get("app.about.title"), String.join("\n\n",
                m.get("app.about.version", AppInfo.version()),
                m.get("app.about.tagline"), m.get("app.about.license"), m.get("app.about.privacy")));
    }

    public void dismissNotice() {
        notices.dismiss();
    }

    // ---- Internals

    private Messages messages() {
        return language.messages();
    }

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

    /** Takes over a board opened elsewhere (a team board the dialog connected to), as if opened here. */
    private void adopt(Session session) {
        opening.opened(session);
        install(session);
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
            show(Notice.Kind.WARNING, messages().get("project.problem.READ_ONLY", p.path()));
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

    private void copyTo(OpenProject p, Path target) {
        Messages m = messages();
        if (target.equals(p.path().toAbsolutePath().normalize())) {
            dialogs.showError(m.get("workspace.error.copyTitle"), m.get("workspace.error.copySame"));
            return;
        }
        p.brief().flush();
        executor.run(() -> {
            p.session().project().saveCopyAs(target);
            return target;
        }, t -> show(Notice.Kind.INFO, messages().get(p.session().project().teamBoard().isPresent()
                        ? "teamboard.notice.exported" : "workspace.notice.copied", t)),
                e -> dialogs.showError(messages().get("workspace.error.copyTitle"), problemText(e, target)));
    }

    private void refreshRecent() {
        Optional<Path> current = project().map(p -> p.path().toAbsolutePath().normalize());
        recent.setAll(settings.recentProjects().stream().filter(p -> !current.map(p::equals).orElse(false)).toList());
    }

    private void showOpenError(Throwable e, Path path) {
        dialogs.showError(messages().get("workspace.error.openTitle"), problemText(e, path));
    }

    private String problemText(Throwable e, Path path) {
        if (e instanceof ProjectException pe) {
            return messages().describe(pe);
        }
        LOG.log(Level.WARNING, "Unexpected failure with " + path, e);
        return messages().get("workspace.error.unexpected", path);
    }

    private void show(Notice.Kind kind, String text) {
        notices.show(new Notice(kind, text));
    }
}
