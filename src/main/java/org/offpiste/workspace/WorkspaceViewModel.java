package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.offpiste.brief.BriefViewModel.SaveState;
import org.offpiste.facilitate.WorkshopViewModel;
import org.offpiste.facilitate.Workshops;
import org.offpiste.i18n.Messages;
import org.offpiste.project.ProjectFiles;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.settings.Settings;
import org.offpiste.teamboard.TeamBoardSupport;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;
import org.offpiste.ui.Theme;

/**
 * The window's state and commands: which project is open (and opening, switching, copying,
 * closing it), recent projects, theme, language, board undo and the banner's notices. The open
 * project's life (opening, switching, closing, its panes) is {@link ProjectLifecycle}'s; the
 * launchers of the menus' windows and dialogs are handed out as they are.
 */
public final class WorkspaceViewModel {
    private static final String FILTER = "*" + ProjectFiles.EXTENSION;
    private final Settings settings;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LanguageViewModel language;
    private final PaneLayoutViewModel layout;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ModelSettingsLauncher modelSettings;
    private final ProjectExports exports;
    private final Notices notices;
    private final TeamBoardLauncher teamBoards;
    private final PresentationLauncher presentation;
    private final WorkshopViewModel workshop;
    private final ProjectLifecycle lifecycle;

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
        this.notices = new Notices(executor);
        this.teamBoards = new TeamBoardLauncher(teamBoards, support.networkOr(executor), settings, this::messages,
                this::project, this::adopt, notices::show);
        this.exports = new ProjectExports(executor, dialogs, this::messages, this::project, notices::show);
        this.modelSettings = new ModelSettingsLauncher(support, executor, language, this::project, notices::show,
                notices::dismiss);
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.language = language;
        this.layout = new PaneLayoutViewModel(settings);
        this.workshop = Workshops.viewModel(executor, support.networkOr(executor), settings, language::messages,
                support.techniques());
        new RoundScreens(workshop, layout, this::project);
        this.theme = new ReadOnlyObjectWrapper<>(Theme.of(settings.theme()));
        this.lifecycle = new ProjectLifecycle(sessions, settings, projectsFolder, executor, dialogs, support,
                this::messages, notices::show, workshop, modelSettings);
        this.presentation = new PresentationLauncher(executor, lifecycle.projectProperty());
    }

    // ---- Properties

    public ReadOnlyObjectProperty<OpenProject> projectProperty() {
        return lifecycle.projectProperty();
    }

    public Optional<OpenProject> project() {
        return lifecycle.project();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lifecycle.busyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return lifecycle.saveStateProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return lifecycle.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return lifecycle.canRedoProperty();
    }

    /** Recently opened projects, newest first, without the open one. */
    public ObservableList<Path> recentProjects() {
        return lifecycle.recentProjects();
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
        return lifecycle.live();
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
        lifecycle.start(file);
    }

    /**
     * As {@link #start(Optional)}; with a {@code board} ({@code offpiste open postgresql://…}),
     * connects to it once the first project is open (so that one never replaces the board), as
     * File › Connect to a Team Board… would.
     */
    public void start(Optional<Path> file, Optional<TeamBoardAddress> board) {
        board.ifPresent(address -> lifecycle.projectProperty().addListener(new ChangeListener<OpenProject>() {
            @Override
            public void changed(ObservableValue<? extends OpenProject> o, OpenProject old, OpenProject now) {
                if (now != null) {
                    o.removeListener(this);
                    teamBoards.connectAtStart(address);
                }
            }
        }));
        lifecycle.start(file);
    }

    /** File › New…: asks for a file name and creates the project there. */
    public void newProject() {
        Messages m = messages();
        dialogs.chooseFileToSave(m.get("workspace.dialog.new"), UntitledNames.BASE + FILTER.substring(1),
                        m.get("workspace.dialog.filter"), FILTER)
                .map(UntitledNames::withExtension)
                .ifPresent(lifecycle::create);
    }

    /** File › Open…: asks for a project file and opens it. */
    public void openProject() {
        Messages m = messages();
        dialogs.chooseFileToOpen(m.get("workspace.dialog.open"), m.get("workspace.dialog.filter"), FILTER)
                .ifPresent(this::open);
    }

    /** Opens {@code file} in place of the current project; on failure the current one stays open. */
    public void open(Path file) {
        lifecycle.open(file);
    }

    public void clearRecent() {
        lifecycle.clearRecent();
    }

    /** File › Save a Copy As…: writes a self-contained copy; the open project stays the same. */
    public void saveCopyAs() {
        OpenProject p = project().orElse(null);
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
        OpenProject p = project().orElse(null);
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
        lifecycle.close(done);
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

    /** Takes over a board opened elsewhere (a team board the dialog connected to), as if opened here. */
    private void adopt(Session session) {
        lifecycle.adopt(session);
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
                e -> dialogs.showError(messages().get("workspace.error.copyTitle"), lifecycle.problemText(e, target)));
    }

    private void show(Notice.Kind kind, String text) {
        notices.show(new Notice(kind, text));
    }
}
