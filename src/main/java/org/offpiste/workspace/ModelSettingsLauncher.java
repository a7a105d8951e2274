package org.offpiste.workspace;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.models.ModelSettingsViewModel;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.ui.TaskExecutor;

/**
 * Opens the model settings (from the menu, the sparring header or the notice) and, once per
 * window, checks in the background that the project's provider answers: when it does not, one
 * calm notice says what to do, with a button to the settings.
 */
public final class ModelSettingsLauncher {
    private static final Logger LOG = Logger.getLogger(ModelSettingsLauncher.class.getName());
    private final SparringSupport support;
    private final TaskExecutor executor;
    private final LanguageViewModel language;
    private final Supplier<Optional<OpenProject>> project;
    private final Consumer<Notice> notices;
    private final ReadOnlyObjectWrapper<ModelSettingsViewModel> open = new ReadOnlyObjectWrapper<>(this, "open");
    private boolean checked;

    ModelSettingsLauncher(SparringSupport support, TaskExecutor executor, LanguageViewModel language,
                          Supplier<Optional<OpenProject>> project, Consumer<Notice> notices) {
        this.support = support;
        this.executor = executor;
        this.language = language;
        this.project = project;
        this.notices = notices;
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
        open.set(new ModelSettingsViewModel(support.models(), executor, current,
                chosen -> project.get().map(OpenProject::sparring).ifPresent(s -> s.useProvider(chosen))));
    }

    /** The dialog was closed. */
    public void closed() {
        open.set(null);
    }

    /** The first time a project opens: if its provider does not answer, says so once. */
    void checkProviderOnce(Session session) {
        if (checked || !available()) {
            return;
        }
        Sparring sparring = support.sparring().apply(session);
        if (sparring == null) {
            return;
        }
        checked = true;
        executor.run(() -> problem(sparring.provider()), failure -> failure.ifPresent(this::notice),
                e -> LOG.log(Level.FINE, "The provider check failed", e));
    }

    private Optional<LlmFailure> problem(ProviderSettings settings) {
        ConnectionReport report = support.models().catalog().check(settings);
        if (report.reachable() && report.failure() == null
                && (report.modelListed() || settings.model().isEmpty() && !report.models().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(ProviderDiscovery.problem(report) != null ? ProviderDiscovery.problem(report)
                : new LlmFailure(FailureKind.OTHER, settings.kind(), settings.model(), "", ""));
    }

    private void notice(LlmFailure failure) {
        Messages m = language.messages();
        boolean nothing = failure.provider() == ProviderKind.OLLAMA && switch (failure.kind()) {
            case REFUSED, UNREACHABLE, DNS, NO_HEADERS -> true;
            default -> false;
        };
        String text = nothing ? m.get("llm.none") : m.get("workspace.notice.model", m.describe(failure));
        notices.accept(new Notice(Notice.Kind.WARNING, text, m.get("models.notice.open"), this::open));
    }
}
