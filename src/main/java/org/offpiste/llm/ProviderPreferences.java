package org.offpiste.llm;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.offpiste.settings.Settings;

/**
 * The person's model settings, kept in their settings file (never in a project, never a key):
 * the chosen provider, and for each provider its base URL, model and temperature; the idle
 * time after which a silent stream ends as incomplete.
 */
public final class ProviderPreferences {
    private static final String PREFIX = "llm.";
    private final Settings settings;

    public ProviderPreferences(Settings settings) {
        this.settings = settings;
    }

    /** The provider chosen in the settings dialog, if the person ever chose one. */
    public Optional<ProviderKind> chosenKind() {
        return settings.get(PREFIX + "provider").flatMap(ProviderKind::fromId);
    }

    /** The chosen provider's settings; Ollama's defaults when nothing was chosen. */
    public ProviderSettings current() {
        return forKind(chosenKind().orElse(ProviderKind.OLLAMA));
    }

    /** What is kept for this provider (its defaults where nothing is). */
    public ProviderSettings forKind(ProviderKind kind) {
        String base = PREFIX + kind.id() + ".";
        double temperature = settings.get(base + "temperature").map(ProviderPreferences::parseTemperature)
                .orElse(ProviderSettings.DEFAULT_TEMPERATURE);
        return new ProviderSettings(kind, settings.get(base + "baseUrl").orElse(kind.defaultBaseUrl()),
                settings.get(base + "model").orElse(""), temperature);
    }

    /** Keeps these settings and makes their provider the chosen one, in one write. */
    public void choose(ProviderSettings chosen) {
        String base = PREFIX + chosen.kind().id() + ".";
        Map<String, String> values = new HashMap<>();
        values.put(PREFIX + "provider", chosen.kind().id());
        values.put(base + "baseUrl", chosen.baseUrl());
        values.put(base + "model", chosen.model());
        values.put(base + "temperature", Double.toString(chosen.temperature()));
        settings.putAll(values);
    }

    /** The longest silence inside a streaming answer; 45 s unless set (5..600 s). */
    public Duration idleTimeout() {
        long seconds = settings.get(PREFIX + "idleSeconds").map(ProviderPreferences::parseLong).orElse(45L);
        return Duration.ofSeconds(Math.max(5, Math.min(600, seconds)));
    }

    public void setIdleTimeout(Duration idle) {
        settings.put(PREFIX + "idleSeconds", Long.toString(idle.toSeconds()));
    }

    public LlmTimeouts timeouts() {
        return LlmTimeouts.defaults().withIdle(idleTimeout());
    }

    private static double parseTemperature(String text) {
        try {
            double t = Double.parseDouble(text);
            return t >= 0 && t <= 2 ? t : ProviderSettings.DEFAULT_TEMPERATURE;
        } catch (NumberFormatException e) {
            return ProviderSettings.DEFAULT_TEMPERATURE;
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 45L;
        }
    }
}
