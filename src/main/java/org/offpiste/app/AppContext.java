package org.offpiste.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.OwnTechniques;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.HttpModelCatalog;
import org.offpiste.llm.JavaKeyring;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.llm.LangchainChatProvider;
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
import org.offpiste.sparring.SparringService;
import org.offpiste.store.SqliteProjectFiles;

/** The composition root: wires the services by constructor, for the window and the command line alike. */
public final class AppContext {
    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());
    private final AppDirs dirs;
    private final Settings settings;
    private final ProjectFiles projectFiles;
    private final Map<String, String> environment;
    private final ScheduledExecutorService answers;
    private final ChatProvider chatProvider;
    private final Supplier<KeyringBackend> keyring;
    private SecretStore secrets;
    private ChatProvider models;
    private ModelCatalog modelCatalog;
    private TechniqueLibrary techniques;

    public AppContext(AppDirs dirs) {
        this(dirs, System.getenv(), null);
    }

    /** With this environment for the provider keys (tests inject theirs). */
    public AppContext(AppDirs dirs, Map<String, String> environment) {
        this(dirs, environment, null);
    }

    /** With the model provider to spar with (tests inject a scripted one). */
    public AppContext(AppDirs dirs, ChatProvider chatProvider) {
        this(dirs, System.getenv(), chatProvider);
    }

    /**
     * @param chatProvider the model provider to spar with; null for the application's own
     */
    public AppContext(AppDirs dirs, Map<String, String> environment, ChatProvider chatProvider) {
        this(dirs, environment, chatProvider, JavaKeyring::new);
    }

    /**
     * @param keyring opens the OS keyring, on first need of a key (tests inject a slow or absent one)
     */
    public AppContext(AppDirs dirs, Map<String, String> environment, ChatProvider chatProvider,
                      Supplier<KeyringBackend> keyring) {
        this.keyring = keyring;
        this.dirs = dirs;
        this.settings = new Settings(dirs.config());
        this.projectFiles = new SqliteProjectFiles();
        this.environment = Map.copyOf(environment);
        this.answers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "offpiste-answers");
            t.setDaemon(true);
            return t;
        });
        this.chatProvider = chatProvider != null ? chatProvider : (request, events) -> models().stream(request, events);
    }

    /** The real providers, set up on the first answer asked for (keys and HTTP threads only when needed). */
    private synchronized ChatProvider models() {
        if (models == null) {
            models = new LangchainChatProvider(secrets(), () -> providerPreferences().timeouts());
        }
        return models;
    }

    /** The provider keys: the environment first, then the OS keyring (opened on first use: off the JavaFX thread). */
    public synchronized SecretStore secrets() {
        if (secrets == null) {
            secrets = new Secrets(environment, keyring.get());
        }
        return secrets;
    }

    public synchronized ModelCatalog modelCatalog() {
        if (modelCatalog == null) {
            modelCatalog = new HttpModelCatalog(secrets(), providerPreferences().timeouts());
        }
        return modelCatalog;
    }

    /** Finds the provider to use when nobody chose one (opens the keyring: call it off the JavaFX thread). */
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

    public ProviderPreferences providerPreferences() {
        return new ProviderPreferences(settings);
    }

    /** The built-in techniques and the person's own (kept in the settings folder), read once; edits are seen live. */
    public synchronized TechniqueLibrary techniques() {
        if (techniques == null) {
            techniques = TechniqueLibrary.withOwn(new OwnTechniques(dirs.config()));
        }
        return techniques;
    }

    public Session open(Path file) {
        return session(projectFiles.open(file));
    }

    public Session create(Path file) {
        return session(projectFiles.create(file));
    }

    private Session session(Project project) {
        if (!project.readOnly()) {
            try {
                int recovered = project.conversations().recoverInterrupted();
                if (recovered > 0) {
                    LOG.log(Level.INFO, "{0} answers were cut off when the program stopped", recovered);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not mark the answers cut off by a stop", e);
            }
        }
        BriefService brief = new BriefService(project.briefs());
        BoardService board = new BoardService(project.ideas(), settings::authorName);
        SparringService sparring = new SparringService(project.conversations(), brief, board, this::techniques,
                chatProvider, providerPreferences(), Clock.systemUTC(), settings::language, answers);
        return new Session(project, brief, board, sparring);
    }
}
