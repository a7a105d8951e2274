package org.offpiste.llm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Decides which provider and model the program uses at start. The person's choice when they
 * made one; otherwise Ollama when it answers on its usual port (with its first installed chat
 * model), else the first provider with a key in the environment or the keyring (with its usual
 * model), else nothing. Blocking: call it off the JavaFX thread.
 */
public final class ProviderDiscovery {
    /** How long Ollama has to answer before the keys are tried. */
    public static final Duration OLLAMA_PROBE = Duration.ofMillis(1500);
    private static final List<ProviderKind> KEYED = List.of(ProviderKind.OPENAI, ProviderKind.ANTHROPIC,
            ProviderKind.GEMINI, ProviderKind.OPENAI_COMPATIBLE);

    /**
     * What the program uses and whether it answers.
     *
     * @param settings null when no provider could be found (no Ollama, no key)
     * @param answers  true when the server answered and lists the model
     * @param failure  why it does not answer or cannot be used; null when it answers (or nothing was found
     *                 and there is nothing more specific to say than {@code llm.none})
     */
    public record Availability(ProviderSettings settings, boolean answers, LlmFailure failure) {
        public Optional<ProviderSettings> settingsIfAny() {
            return Optional.ofNullable(settings);
        }

        /** True when nothing usable was found: say {@code llm.none}. */
        public boolean none() {
            return settings == null;
        }
    }

    private final ProviderPreferences preferences;
    private final SecretStore secrets;
    private final ModelCatalog catalog;
    private final ModelCatalog probe;

    /**
     * @param catalog checks the chosen provider (up to its full time)
     * @param probe   asks Ollama quickly (about {@link #OLLAMA_PROBE})
     */
    public ProviderDiscovery(ProviderPreferences preferences, SecretStore secrets, ModelCatalog catalog,
                             ModelCatalog probe) {
        this.preferences = preferences;
        this.secrets = secrets;
        this.catalog = catalog;
        this.probe = probe;
    }

    /** With HTTP catalogs: the preferences' timeouts for checks, {@link #OLLAMA_PROBE} for Ollama. */
    public static ProviderDiscovery create(ProviderPreferences preferences, SecretStore secrets) {
        LlmTimeouts timeouts = preferences.timeouts();
        LlmTimeouts quick = new LlmTimeouts(OLLAMA_PROBE, OLLAMA_PROBE, timeouts.idle(), 1,
                timeouts.firstBackoff(), timeouts.maxBackoff());
        return new ProviderDiscovery(preferences, secrets, new HttpModelCatalog(secrets, timeouts),
                new HttpModelCatalog(secrets, quick));
    }

    /** The provider and model to use now, checked. */
    public Availability discover() {
        return find(true);
    }

    /**
     * The provider and model that would be used, asking only Ollama (briefly), not the provider
     * found by its key: for a caller that checks the result itself.
     */
    public Optional<ProviderSettings> candidate() {
        return find(false).settingsIfAny();
    }

    private Availability find(boolean check) {
        Optional<ProviderKind> chosen = preferences.chosenKind();
        if (chosen.isPresent()) {
            return check ? checked(preferences.forKind(chosen.get()), catalog)
                    : new Availability(DefaultModels.filled(preferences.forKind(chosen.get())), false, null);
        }
        ProviderSettings ollama = preferences.forKind(ProviderKind.OLLAMA);
        ConnectionReport ollamaReport = probe.check(ollama);
        if (ollamaReport.reachable() && ollamaReport.failure() == null && !ollamaReport.models().isEmpty()) {
            String model = ollama.model().isEmpty() || !ollamaReport.modelListed()
                    ? DefaultModels.firstChatModel(ollamaReport.models()) : ollama.model();
            return new Availability(ollama.withModel(model), true, null);
        }
        Optional<ProviderKind> keyed = KEYED.stream().filter(this::usable).findFirst();
        if (keyed.isPresent()) {
            return check ? checked(preferences.forKind(keyed.get()), catalog)
                    : new Availability(DefaultModels.filled(preferences.forKind(keyed.get())), false, null);
        }
        if (ollamaReport.reachable() && ollamaReport.failure() == null) {
            return new Availability(ollama, false, new LlmFailure(FailureKind.UNKNOWN_MODEL, ProviderKind.OLLAMA,
                    ollama.model(), HttpModelCatalog.host(ollama), "no model installed"));
        }
        return new Availability(null, false, null);
    }

    /** The failure that says why a report is not ok: its own, or an unknown model when the list lacks it. */
    public static LlmFailure problem(ConnectionReport report) {
        if (report.failure() != null || report.ok()) {
            return report.failure();
        }
        ProviderSettings settings = report.settings();
        return new LlmFailure(FailureKind.UNKNOWN_MODEL, settings.kind(), settings.model(),
                HttpModelCatalog.host(settings), report.models().isEmpty() ? "" : String.join(", ",
                report.models().subList(0, Math.min(5, report.models().size()))));
    }

    private boolean usable(ProviderKind kind) {
        if (secrets.source(kind) == SecretStore.Source.NONE) {
            return false;
        }
        return kind != ProviderKind.OPENAI_COMPATIBLE || !preferences.forKind(kind).model().isEmpty();
    }

    private static Availability checked(ProviderSettings settings, ModelCatalog catalog) {
        ProviderSettings filled = DefaultModels.filled(settings);
        ConnectionReport report = catalog.check(filled);
        Optional<ProviderSettings> listed = DefaultModels.firstListed(filled, report);
        if (listed.isPresent()) {
            return new Availability(listed.get(), true, null);
        }
        return new Availability(filled, report.ok(), problem(report));
    }
}
