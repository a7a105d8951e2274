package org.offpiste.llm;

import java.util.List;

/**
 * The answer to "Test connection": whether the server answers, which models it offers, and
 * whether the chosen model is among them.
 *
 * @param failure null when the server answered
 * @param modelListed true when the chosen model is in {@code models} (or the provider cannot list models)
 */
public record ConnectionReport(ProviderSettings settings, boolean reachable, List<String> models,
                               boolean modelListed, LlmFailure failure) {
    public ConnectionReport {
        models = List.copyOf(models);
    }

    public boolean ok() {
        return reachable && failure == null && modelListed;
    }
}
