package org.offpiste.llm;

import java.util.List;

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

    /** The model to pick among installed ones: the first that is not an embedding model, else the first. */
    public static String firstChatModel(List<String> installed) {
        return installed.stream().filter(m -> !ModelLists.looksLikeEmbedding(m)).findFirst()
                .orElse(installed.isEmpty() ? "" : installed.get(0));
    }
}
