package org.offpiste.llm;

import java.util.Objects;

/**
 * What to talk to: a provider, its base URL, a model and a temperature. The person's choice
 * (kept in their settings), never a key.
 */
public record ProviderSettings(ProviderKind kind, String baseUrl, String model, double temperature) {
    public static final double DEFAULT_TEMPERATURE = 0.9;

    public ProviderSettings {
        Objects.requireNonNull(kind, "kind");
        baseUrl = baseUrl == null || baseUrl.isBlank() ? kind.defaultBaseUrl() : baseUrl.strip();
        model = model == null ? "" : model.strip();
        if (Double.isNaN(temperature) || temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("temperature must be within 0..2: " + temperature);
        }
    }

    public static ProviderSettings defaults(ProviderKind kind) {
        return new ProviderSettings(kind, kind.defaultBaseUrl(), "", DEFAULT_TEMPERATURE);
    }

    public ProviderSettings withModel(String newModel) {
        return new ProviderSettings(kind, baseUrl, newModel, temperature);
    }

    public ProviderSettings withBaseUrl(String newBaseUrl) {
        return new ProviderSettings(kind, newBaseUrl, model, temperature);
    }

    public ProviderSettings withTemperature(double newTemperature) {
        return new ProviderSettings(kind, baseUrl, model, newTemperature);
    }
}
