package org.offpiste.app;

import java.nio.file.Path;
import java.util.Map;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.HttpModelCatalog;
import org.offpiste.llm.ModelCatalog;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.SecretStore;
import org.offpiste.llm.Secrets;
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
    private final Map<String, String> environment;
    private SecretStore secrets;
    private ModelCatalog modelCatalog;

    public AppContext(AppDirs dirs) {
        this(dirs, System.getenv());
    }

    /** With this environment for the provider keys (tests inject theirs). */
    public AppContext(AppDirs dirs, Map<String, String> environment) {
        this.dirs = dirs;
        this.settings = new Settings(dirs.config());
        this.projectFiles = new SqliteProjectFiles();
        this.environment = Map.copyOf(environment);
    }

    /** The provider keys: the environment first, then the OS keyring (opened on first use). */
    public synchronized SecretStore secrets() {
        if (secrets == null) {
            secrets = Secrets.withEnvironment(environment);
        }
        return secrets;
    }

    public ProviderPreferences providerPreferences() {
        return new ProviderPreferences(settings);
    }

    public synchronized ModelCatalog modelCatalog() {
        if (modelCatalog == null) {
            modelCatalog = new HttpModelCatalog(secrets(), providerPreferences().timeouts());
        }
        return modelCatalog;
    }

    public ProviderDiscovery discovery() {
        return ProviderDiscovery.create(providerPreferences(), secrets());
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
