package org.offpiste.llm;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * A langchain4j streaming model for each provider, on the given HTTP client, never logging
 * requests or responses. Gemini's key travels in the {@code x-goog-api-key} header (langchain4j
 * 1.11), never in the URL.
 */
final class ChatModels {
    /** Anthropic requires a limit; long enough for any sparring answer. */
    static final int ANTHROPIC_MAX_TOKENS = 4096;

    private ChatModels() {
    }

    static StreamingChatModel create(ProviderSettings settings, String key, HttpClientBuilder http) {
        double temperature = settings.temperature();
        return switch (settings.kind()) {
            case OLLAMA -> OllamaStreamingChatModel.builder().httpClientBuilder(http).baseUrl(settings.baseUrl())
                    .modelName(settings.model()).temperature(temperature)
                    .logRequests(false).logResponses(false).build();
            case OPENAI, OPENAI_COMPATIBLE -> OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                    .baseUrl(settings.baseUrl()).apiKey(blankToNull(key)).modelName(settings.model())
                    .temperature(temperature).logRequests(false).logResponses(false).build();
            case ANTHROPIC -> AnthropicStreamingChatModel.builder().httpClientBuilder(http).baseUrl(settings.baseUrl())
                    .apiKey(key).modelName(settings.model()).temperature(Math.min(1.0, temperature))
                    .maxTokens(ANTHROPIC_MAX_TOKENS).logRequests(false).logResponses(false).build();
            case GEMINI -> GoogleAiGeminiStreamingChatModel.builder().httpClientBuilder(http).baseUrl(settings.baseUrl())
                    .apiKey(key).modelName(settings.model()).temperature(temperature).returnThinking(false)
                    .logRequestsAndResponses(false).logRequests(false).logResponses(false).build();
        };
    }

    private static String blankToNull(String key) {
        return key == null || key.isBlank() ? null : key;
    }
}
