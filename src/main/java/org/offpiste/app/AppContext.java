package org.offpiste.app;

import java.nio.file.Path;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;

/** The composition root: wires the services by constructor, for the window and the command line alike. */
public final class AppContext {
    private final AppDirs dirs;
    private final Settings settings;
    private final ProjectFiles projectFiles;

    public AppContext(AppDirs dirs) {
        this.dirs = dirs;
        this.settings = new Settings(dirs.config());
        this.projectFiles = new SqliteProjectFiles();
    }

    public AppDirs dirs() {
        return dirs;
    }

    public Settings settings() {
        return settings;
    }

    public ProjectFiles projectFiles() {
        return projectFiles;
    }

    public Messages messages() {
        return new Messages(settings.language());
    }

    public Session open(Path file) {
        return session(projectFiles.open(file));
    }

    public Session create(Path file) {
        return session(projectFiles.create(file));
    }

    private Session session(Project project) {
        return new Session(project, new BriefService(project.briefs()),
                new BoardService(project.ideas(), settings::authorName));
    }
}
