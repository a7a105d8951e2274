package org.offpiste.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaRefiner;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.capture.CaptureService;
import org.offpiste.capture.Ideation;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ideation.OwnTechniques;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ideation.VisualPromptExtractor;
import org.offpiste.llm.ChatProvider;
import org.offpiste.llm.HttpModelCatalog;
import org.offpiste.llm.JavaKeyring;
import org.offpiste.llm.KeyringBackend;
import org.offpiste.llm.LangchainChatProvider;
import org.offpiste.llm.ModelCatalog;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.SecretStore;
import org.offpiste.llm.Secrets;
import org.offpiste.novelty.BaselineService;
import org.offpiste.novelty.Embedder;
import org.offpiste.novelty.MiniLmEmbedder;
import org.offpiste.novelty.NoveltyService;
import org.offpiste.novelty.ThemeService;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;
import org.offpiste.project.Session;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TeamBoards;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.settings.AppDirs;
import org.offpiste.settings.Settings;
import org.offpiste.sparring.SparringService;
import org.offpiste.store.PostgresTeamBoards;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.teamboard.TeamPasswords;

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
    private KeyringBackend keyringBackend;
    private TeamPasswords teamPasswords;
    private final TeamBoards teamBoards;
    private ChatProvider models;
    private ModelCatalog modelCatalog;
    private TechniqueLibrary techniques;
    private final ExecutorService measuring = daemon("offpiste-novelty");
    private final ExecutorService baselining = daemon("offpiste-baseline");
    private final ExecutorService capturing = daemon("offpiste-capture");
    private final Supplier<Optional<Embedder>> loadEmbedder;
    /** Guards only the embedding model: loading it takes seconds, and nothing else waits for it. */
    private final Object embedderLock = new Object();
    private volatile Optional<Embedder> embedder;

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
        this(dirs, environment, chatProvider, keyring, MiniLmEmbedder::load);
    }

    /** @param teamBoards where team boards are opened (tests: boards in a schema of their own) */
    public AppContext(AppDirs dirs, Map<String, String> environment, ChatProvider chatProvider,
                      Supplier<KeyringBackend> keyring, TeamBoards teamBoards) {
        this(dirs, environment, chatProvider, keyring, MiniLmEmbedder::load, teamBoards);
    }

    /** @param loadEmbedder loads the embedding model, once (tests inject a slow one) */
    AppContext(AppDirs dirs, Map<String, String> environment, ChatProvider chatProvider,
               Supplier<KeyringBackend> keyring, Supplier<Optional<Embedder>> loadEmbedder) {
        this(dirs, environment, chatProvider, keyring, loadEmbedder, new PostgresTeamBoards());
    }

    private AppContext(AppDirs dirs, Map<String, String> environment, ChatProvider chatProvider,
                       Supplier<KeyringBackend> keyring, Supplier<Optional<Embedder>> loadEmbedder,
                       TeamBoards teamBoards) {
        this.teamBoards = teamBoards;
        this.loadEmbedder = loadEmbedder;
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
            secrets = new Secrets(environment, keyringBackend());
        }
        return secrets;
    }

    /** The OS keyring, opened once for the provider keys and the team boards' passwords. */
    private synchronized KeyringBackend keyringBackend() {
        if (keyringBackend == null) {
            keyringBackend = keyring.get();
        }
        return keyringBackend;
    }

    /** Team boards' passwords: the keyring (opened on first use: off the JavaFX thread) or the environment. */
    public synchronized TeamPasswords teamPasswords() {
        if (teamPasswords == null) {
            teamPasswords = new TeamPasswords(environment, this::keyringBackend);
        }
        return teamPasswords;
    }

    /** Boards on PostgreSQL servers. */
    public TeamBoards teamBoards() {
        return teamBoards;
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

    /** A single daemon thread named {@code name}, started on its first task. */
    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The embedding model of the process, loaded on first use (by the novelty meter's background
     * thread) and kept; empty when it cannot run on this machine. Only callers of this method wait
     * while it loads.
     */
    public Optional<Embedder> embedder() {
        Optional<Embedder> loaded = embedder;
        if (loaded != null) {
            return loaded;
        }
        synchronized (embedderLock) {
            if (embedder == null) {
                try {
                    embedder = loadEmbedder.get();
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.WARNING, "The embedding model cannot run here: the novelty meter is off", e);
                    embedder = Optional.empty();
                }
            }
            return embedder;
        }
    }

    /** Opens a project for the window: the novelty meter measures at once and after every change. */
    public Session open(Path file) {
        return session(projectFiles.open(file), true);
    }

    public Session create(Path file) {
        return session(projectFiles.create(file), true);
    }

    /**
     * Opens a project for a command: the novelty meter measures only when the command asks
     * (the embedding model is not loaded for commands that do not need it).
     */
    public Session openForCommand(Path file) {
        return session(projectFiles.open(file), false);
    }

    public Session createForCommand(Path file) {
        return session(projectFiles.create(file), false);
    }

    /** Connects the window to a team board (the novelty meter measures at once). Throws ProjectException. */
    public Session connect(TeamBoardAddress address, char[] password) {
        return session(teamBoards.connect(address, password), true);
    }

    /** Connects a command to a team board. */
    public Session connectForCommand(TeamBoardAddress address, char[] password) {
        return session(teamBoards.connect(address, password), false);
    }

    /** Publishes the open project to an empty team board and opens the board for the window. */
    public Session publish(Project source, TeamBoardAddress address, char[] password) {
        return session(teamBoards.publish(source, address, password), true);
    }

    private Session session(Project project, boolean measure) {
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
        BoardService board = new BoardService(project.ideas(), project.versions(), settings::authorName);
        AtomicReference<SparringService> sparringRef = new AtomicReference<>();
        Supplier<ProviderSettings> provider = () -> sparringRef.get().provider();
        Ideation ideation = ideation(project, brief, board, provider);
        SparringService sparring = new SparringService(project.conversations(), brief, board, this::techniques,
                chatProvider, providerPreferences(), Clock.systemUTC(), settings::language, answers, ideation,
                capturing);
        sparringRef.set(sparring);
        if (measure && !project.readOnly()) {
            board.addChangeListener(ideation.novelty()::changed);
            ideation.novelty().changed();
        }
        IdeaRefiner refiner = new IdeaRefiner(board, brief, chatProvider, provider, settings::language);
        return new Session(project, brief, board, sparring, ideation, judgement(project, brief, board), refiner);
    }

    /** Criteria, dot votes and duels of one project. */
    private static Judgement judgement(Project project, BriefService brief, BoardService board) {
        CriteriaService criteria =
                new CriteriaService(project.criteria(), () -> brief.current().get(BriefField.SUCCESS_CRITERIA));
        criteria.addListener(board::changedElsewhere); // the cards' scores and the SCORE order follow each rating
        return new Judgement(criteria,
                new VoteService(project.votes(), RandomGenerator.getDefault()),
                new DuelService(project.duels(), RandomGenerator.getDefault()));
    }

    /** The ideation engine of one project: novelty meter, banal baseline, themes and capture. */
    private Ideation ideation(Project project, BriefService brief, BoardService board,
                              Supplier<ProviderSettings> provider) {
        Supplier<Optional<Embedder>> model = this::embedder;
        Clock clock = Clock.systemUTC();
        NoveltyService novelty = new NoveltyService(project.novelty(), project.baselines(), model, measuring, clock);
        BaselineService baselines = new BaselineService(project.baselines(), brief, chatProvider, provider, model,
                settings::language, baselining, clock, novelty::changed);
        ThemeService themes = new ThemeService(project.themes(), project.novelty(), model, chatProvider, provider,
                brief, settings::language);
        CaptureService captures = new CaptureService(project.captures(), project.origins(), board, novelty,
                new IdeaExtractor(), new VisualPromptExtractor(), clock);
        return new Ideation(captures, novelty, baselines, themes);
    }
}
