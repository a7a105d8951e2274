package org.offpiste.workspace;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.models.ModelSettingsViewModel;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.ui.TaskExecutor;

/**
 * Opens the model settings (from the menu, the sparring header or the notice) and, once per
 * window, finds the provider in the background (when nobody chose one) or checks that the
 * project's answers: when none does, one calm notice says what to do, with a button to the
 * settings. Network and keyring work runs on the network executor, never in line with store work.
 */
public final class ModelSettingsLauncher {
    private static final Logger LOG = Logger.getLogger(ModelSettingsLauncher.class.getName());
    private final SparringSupport support;
    private final TaskExecutor executor;
    private final TaskExecutor network;
    private final LanguageViewModel language;
    private final Supplier<Optional<OpenProject>> project;
    private final Consumer<Notice> notices;
    private final Consumer<Notice> dismiss;
    private Notice warned;
    private final ReadOnlyObjectWrapper<ModelSettingsViewModel> open = new ReadOnlyObjectWrapper<>(this, "open");
    private boolean checked;
    private ProviderSettings found;

    ModelSettingsLauncher(SparringSupport support, TaskExecutor executor, LanguageViewModel language,
                          Supplier<Optional<OpenProject>> project, Consumer<Notice> notices, Consumer<Notice> dismiss) {
        this.support = support;
        this.executor = executor;
        this.network = support.networkOr(executor);
        this.language = language;
        this.project = project;
        this.notices = notices;
        this.dismiss = dismiss;
    }

    /** True when the window can show the model settings. */
    public boolean available() {
        return support.models() != null;
    }

    /** The settings to show in the dialog now, or null when it is closed. */
    public ReadOnlyObjectProperty<ModelSettingsViewModel> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Opens the dialog on what the project uses now; OK makes the project use the new choice. */
    public void open() {
        if (!available() || open.get() != null) {
            return;
        }
        Optional<SparringViewModel> sparring = project.get().map(OpenProject::sparring);
        ProviderSettings current = sparring.map(s -> s.providerProperty().get()).orElse(null);
        open.set(new ModelSettingsViewModel(support.models(), network, current,
                chosen -> {
                    project.get().map(OpenProject::sparring).ifPresent(s -> s.useProvider(chosen));
                    if (warned != null) {
                        dismiss.accept(warned); // the person just chose: the warning is out of date
                        warned = null;
                    }
                }));
    }

    /** The dialog was closed. */
    public void closed() {
        open.set(null);
    }

    /**
     * The first time a project opens: when nobody decided a provider, looks for one that answers and
     * uses it; otherwise checks the project's own. Says so once when nothing answers. Later projects
     * that have no provider of their own use what was found.
     */
    void checkProviderOnce(Session session) {
        if (!available()) {
            return;
        }
        Sparring sparring = support.sparring().apply(session);
        if (sparring == null) {
            return;
        }
        if (checked) {
            ProviderSettings earlier = found;
            if (earlier != null) {
                executor.run(() -> new Known(sparring.providerDecided(), sparring.provider()), known -> {
                    boolean noModel = known.provider().model().isBlank() && known.provider().kind() == earlier.kind();
                    if (!known.decided() || noModel) {
                        use(session, earlier);
                    }
                }, e -> LOG.log(Level.FINE, "The provider could not be read", e));
            }
            return;
        }
        checked = true;
        // the project's provider is store work (the window's executor), the check network work (its own)
        executor.run(() -> new Known(sparring.providerDecided(), sparring.provider()),
                known -> network.run(() -> ProviderCheck.run(support.models(), known.decided(), known.provider()),
                        check -> checked(session, check),
                        e -> LOG.log(Level.FINE, "The provider check failed", e)),
                e -> LOG.log(Level.FINE, "The provider could not be read", e));
    }

    private record Known(boolean decided, ProviderSettings provider) {
    }

    private void checked(Session session, ProviderCheck check) {
        if (check.use() != null) {
            found = check.use();
            use(session, check.use());
        }
        if (check.nothingReachable()) {
            notice(language.messages().get("llm.none"));
        } else if (check.problem() != null) {
            Messages m = language.messages();
            notice(m.get("workspace.notice.model", m.describe(check.problem())));
        }
    }

    /** Makes the project of {@code session}, if it is still the open one, use {@code settings}. */
    private void use(Session session, ProviderSettings settings) {
        project.get().filter(p -> p.session() == session).map(OpenProject::sparring)
                .ifPresent(s -> {
                    s.useProvider(settings);
                    baseline(session);
                });
    }

    /** A model now answers: the brief version's banal baseline is asked for if it has none (once, visibly). */
    private void baseline(Session session) {
        if (session.hasIdeation() && !session.project().readOnly()) {
            executor.run(() -> {
                session.ideation().baselines().ensure();
                return Boolean.TRUE;
            }, done -> { }, e -> LOG.log(Level.FINE, "The baseline could not be asked for", e));
        }
    }

    private void notice(String text) {
        warned = new Notice(Notice.Kind.WARNING, text, language.messages().get("models.notice.open"), this::open);
        notices.accept(warned);
    }
}
