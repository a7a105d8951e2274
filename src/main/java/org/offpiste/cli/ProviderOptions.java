package org.offpiste.cli;

import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;
import picocli.CommandLine.Option;

/**
 * The provider options of the commands that ask a model ({@code ask}, {@code ideate}), mixed into
 * each: {@code [--provider P] [--base-url URL] [--model M]}.
 */
final class ProviderOptions {
    @Option(names = "--provider", paramLabel = "P")
    private String provider;

    @Option(names = "--base-url", paramLabel = "URL")
    private String baseUrl;

    @Option(names = "--model", paramLabel = "M")
    private String model;

    /** The provider named by {@code --provider}, or null without it; a name it does not know is a usage error. */
    ProviderKind kind() {
        return provider == null ? null : ProviderKind.fromId(provider).orElseThrow(() ->
                CliFailure.usage("cli.ask.badProvider", provider));
    }

    /**
     * The options over the provider the project used last, else the person's choice; with neither,
     * what the program finds at start (a running Ollama, else a provider with a key), as
     * {@code offpiste settings} shows it. A provider chosen here is remembered by the project.
     */
    void use(CliEnv env, Session session, ProviderKind kind) {
        Sparring sparring = session.sparring();
        ProviderPreferences preferences = env.context().providerPreferences();
        boolean options = kind != null || baseUrl != null || model != null;
        ProviderSettings chosen;
        if (kind != null && kind != sparring.provider().kind()) {
            chosen = preferences.forKind(kind);
        } else if (kind == null && session.project().conversations().lastProvider().isEmpty()
                && preferences.chosenKind().isEmpty()) {
            chosen = env.context().discovery().candidate()
                    .orElseThrow(() -> new CliFailure(ExitCode.MODEL, "llm.none"));
            options = true;
        } else {
            chosen = sparring.provider();
        }
        if (!options) {
            return;
        }
        if (baseUrl != null) {
            chosen = chosen.withBaseUrl(baseUrl);
        }
        if (model != null) {
            chosen = chosen.withModel(model);
        }
        sparring.useProvider(DefaultModels.filled(chosen));
    }
}
