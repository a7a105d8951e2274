package org.offpiste.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The model providers Offpiste speaks to, each with its usual address and where its key comes from. */
public enum ProviderKind {
    OLLAMA("ollama", "Ollama", "http://localhost:11434", null),
    OPENAI("openai", "OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY"),
    ANTHROPIC("anthropic", "Anthropic", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY"),
    GEMINI("gemini", "Gemini", "https://generativelanguage.googleapis.com/v1beta", "GEMINI_API_KEY"),
    /** LM Studio, llama.cpp's server, vLLM, OpenRouter, Mistral, Groq…: any server speaking OpenAI's API. */
    OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible", "http://localhost:1234/v1", "OPENAI_COMPATIBLE_API_KEY");

    private final String id;
    private final String brand;
    private final String defaultBaseUrl;
    private final String keyVariable;

    ProviderKind(String id, String brand, String defaultBaseUrl, String keyVariable) {
        this.id = id;
        this.brand = brand;
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariable = keyVariable;
    }

    /** The name used on the command line and in files: {@code ollama}, {@code openai-compatible}… */
    public String id() {
        return id;
    }

    /** The provider's own name, the same in every language ("OpenAI", "Ollama"…), used inside sentences. */
    public String brand() {
        return brand;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The environment variable that holds the key, or null when the provider takes none (Ollama). */
    public String keyVariable() {
        return keyVariable;
    }

    /** True when a request cannot succeed without a key (OpenAI, Anthropic, Gemini). */
    public boolean needsKey() {
        return this == OPENAI || this == ANTHROPIC || this == GEMINI;
    }

    public static Optional<ProviderKind> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted) || k.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
