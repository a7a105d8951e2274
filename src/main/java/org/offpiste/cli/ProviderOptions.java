package org.offpiste.cli;

import org.offpiste.llm.DefaultModels;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Session;
import org.offpiste.sparring.Sparring;

/** The provider options of the commands that ask a model ({@code ask}, {@code ideate}). */
final class ProviderOptions {
    private ProviderOptions() {
    }

    /**
     * The options over the provider the project used last, else the person's choice; with neither,
     * what the program finds at start (a running Ollama, else a provider with a key), as
     * {@code offpiste settings} shows it. A provider chosen here is remembered by the project.
     */
    static void use(CliEnv env, Session session, ProviderKind kind, String baseUrl, String model) {
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
