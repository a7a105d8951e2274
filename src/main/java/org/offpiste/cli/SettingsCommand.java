package org.offpiste.cli;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.offpiste.app.AppContext;
import org.offpiste.llm.ConnectionReport;
import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.HttpFailures;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderDiscovery;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.SecretStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code offpiste settings [--provider P] [--base-url URL] [--model M]}: prints the provider and
 * model that would be used (never a key) and whether the server answers and lists the model.
 */
@Command(name = "settings", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class SettingsCommand implements Callable<Integer> {
    private static final int MODELS_SHOWN = 12;
    private final CliEnv env;

    @Option(names = "--provider", paramLabel = "PROVIDER", descriptionKey = "provider")
    private String provider;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "baseUrl")
    private String baseUrl;

    @Option(names = "--model", paramLabel = "MODEL", descriptionKey = "model")
    private String model;

    SettingsCommand(CliEnv env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        AppContext context = env.context();
        ProviderSettings settings = chosen(context).orElseThrow(() -> new CliFailure(ExitCode.MODEL, "llm.none"));
        ConnectionReport report = context.modelCatalog().check(settings);
        Optional<ProviderSettings> listed = DefaultModels.firstListed(settings, report);
        if (listed.isPresent()) {
            settings = listed.get();
            report = new ConnectionReport(settings, true, report.models(), true, null);
        }
        print(context, settings, report);
        if (report.ok()) {
            return ExitCode.OK;
        }
        if (settings.kind() == ProviderKind.OLLAMA && settings.model().isEmpty() && report.failure() == null) {
            throw new CliFailure(ExitCode.MODEL, "cli.settings.ollamaEmpty", DefaultModels.forKind(ProviderKind.OLLAMA));
        }
        if (settings.model().isEmpty() && report.failure() == null) {
            throw new CliFailure(ExitCode.MODEL, "cli.settings.noModel", providerName(settings.kind()));
        }
        LlmFailure problem = ProviderDiscovery.problem(report);
        throw new CliFailure(ExitCode.MODEL, problem.messageKey(), problem.messageArguments());
    }

    /** The options over the person's choice, else over what the program would find at start. */
    private Optional<ProviderSettings> chosen(AppContext context) {
        ProviderPreferences preferences = context.providerPreferences();
        ProviderSettings base;
        if (provider != null) {
            ProviderKind kind = ProviderKind.fromId(provider)
                    .orElseThrow(() -> CliFailure.usage("cli.error.badProvider", provider));
            base = preferences.forKind(kind);
        } else if (preferences.chosenKind().isPresent()) {
            base = preferences.current();
        } else {
            Optional<ProviderSettings> found = context.discovery().candidate();
            if (found.isEmpty() && baseUrl == null && model == null) {
                return Optional.empty();
            }
            base = found.orElse(preferences.forKind(ProviderKind.OLLAMA));
        }
        if (baseUrl != null) {
            base = base.withBaseUrl(checkedUrl(baseUrl));
        }
        if (model != null) {
            base = base.withModel(model);
        }
        return Optional.of(DefaultModels.filled(base));
    }

    private void print(AppContext context, ProviderSettings settings, ConnectionReport report) {
        ProviderKind kind = settings.kind();
        env.say("cli.settings.provider", providerName(kind), kind.id());
        env.say("cli.settings.baseUrl", HttpFailures.shownUrl(settings.baseUrl()));
        env.say("cli.settings.model", settings.model().isEmpty() ? env.messages().get("cli.settings.none")
                : settings.model());
        env.say("cli.settings.temperature", settings.temperature());
        env.say("cli.settings.idle", context.providerPreferences().idleTimeout().toSeconds());
        env.say("cli.settings.key", keySource(context.secrets(), kind));
        List<String> models = report.models();
        if (!report.reachable()) {
            env.say("cli.settings.noAnswer");
        } else if (report.failure() != null) {
            env.say("cli.settings.answersRefused");
        } else if (models.isEmpty()) {
            env.say(settings.kind() == ProviderKind.OPENAI_COMPATIBLE ? "cli.settings.answersUnlisted"
                    : "cli.settings.answersEmpty");
        } else if (report.modelListed()) {
            env.say("cli.settings.answers", models.size(), settings.model());
        } else {
            env.say("cli.settings.answersNotListed", models.size(), settings.model().isEmpty()
                    ? env.messages().get("cli.settings.none") : settings.model());
        }
        if (!models.isEmpty()) {
            String shown = String.join(", ", models.subList(0, Math.min(MODELS_SHOWN, models.size())));
            env.say("cli.settings.models", models.size() > MODELS_SHOWN ? shown + ", …" : shown);
        }
    }

    private String keySource(SecretStore secrets, ProviderKind kind) {
        if (kind.keyVariable() == null) {
            return env.messages().get("llm.keySource.notNeeded");
        }
        SecretStore.Source source = secrets.source(kind);
        return source == SecretStore.Source.ENVIRONMENT
                ? env.messages().get("llm.keySource.ENVIRONMENT", kind.keyVariable())
                : env.messages().get("llm.keySource." + source.name());
    }

    private String providerName(ProviderKind kind) {
        return env.messages().get("llm.provider." + kind.id());
    }

    private static String checkedUrl(String text) {
        try {
            URI uri = URI.create(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text.strip();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw CliFailure.usage("cli.error.badUrl", HttpFailures.shownUrl(text));
    }
}
