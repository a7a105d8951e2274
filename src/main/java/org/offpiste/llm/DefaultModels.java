package org.offpiste.llm;

import java.util.List;
import java.util.Optional;

/** The model each provider starts with when the person has not picked one: all in one place. */
public final class DefaultModels {

    private DefaultModels() {
    }

    /** The usual model for {@code kind} (for Ollama, the one to pull first); empty for an OpenAI-compatible server, whose models cannot be guessed. */
    public static String forKind(ProviderKind kind) {
        return switch (kind) {
            case OLLAMA -> "llama3.2";
            case OPENAI -> "gpt-4o-mini";
            case ANTHROPIC -> "claude-3-5-haiku-latest";
            case GEMINI -> "gemini-2.0-flash";
            case OPENAI_COMPATIBLE -> "";
        };
    }

    /**
     * {@code settings} with the provider's usual model when none is set; unchanged for Ollama, whose
     * model is picked among the installed ones ({@link #firstChatModel}).
     */
    public static ProviderSettings filled(ProviderSettings settings) {
        return settings.model().isEmpty() && settings.kind() != ProviderKind.OLLAMA
                ? settings.withModel(forKind(settings.kind())) : settings;
    }

    /**
     * When a server answered a check of settings that name no model and listed some: the
     * settings with its first chat model (the one rule for the window, discovery and the command line).
     */
    public static Optional<ProviderSettings> firstListed(ProviderSettings settings, ConnectionReport report) {
        if (settings.model().isBlank() && report.reachable() && report.failure() == null
                && !report.models().isEmpty()) {
            return Optional.of(settings.withModel(firstChatModel(report.models())));
        }
        return Optional.empty();
    }

    /** The model to pick among installed ones: the first that is not an embedding model, else the first. */
    public static String firstChatModel(List<String> installed) {
        return installed.stream().filter(m -> !ModelLists.looksLikeEmbedding(m)).findFirst()
                .orElse(installed.isEmpty() ? "" : installed.get(0));
    }
}
