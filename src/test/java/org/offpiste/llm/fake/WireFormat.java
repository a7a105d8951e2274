package org.offpiste.llm.fake;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.offpiste.llm.ProviderKind;

/**
 * The four streaming wire formats as langchain4j 1.11 reads them, and the paths it calls:
 * OpenAI SSE ({@code POST {base}/chat/completions}), Ollama NDJSON ({@code POST /api/chat}),
 * Anthropic SSE ({@code POST {base}/messages}) and Gemini SSE
 * ({@code POST {base}/models/M:streamGenerateContent?alt=sse}). Also each provider's model list.
 * The fake server's base URL for a provider is {@code server.url(format.basePath())}.
 */
public enum WireFormat {
    OPENAI(ProviderKind.OPENAI, "/v1", "text/event-stream"),
    OLLAMA(ProviderKind.OLLAMA, "", "application/x-ndjson"),
    ANTHROPIC(ProviderKind.ANTHROPIC, "/v1", "text/event-stream"),
    GEMINI(ProviderKind.GEMINI, "/v1beta", "text/event-stream");

    private final ProviderKind kind;
    private final String basePath;
    private final String contentType;

    WireFormat(ProviderKind kind, String basePath, String contentType) {
        this.kind = kind;
        this.basePath = basePath;
        this.contentType = contentType;
    }

    public ProviderKind kind() {
        return kind;
    }

    /** The path to append to the fake server's address to get this provider's base URL. */
    public String basePath() {
        return basePath;
    }

    public String contentType() {
        return contentType;
    }

    /** The path (no query) langchain4j posts a streaming chat to. */
    public String streamPath(String model) {
        return switch (this) {
            case OPENAI -> basePath + "/chat/completions";
            case OLLAMA -> "/api/chat";
            case ANTHROPIC -> basePath + "/messages";
            case GEMINI -> basePath + "/models/" + model + ":streamGenerateContent";
        };
    }

    /** What comes before the first token (Anthropic's message and block starts; nothing elsewhere). */
    public String start() {
        if (this != ANTHROPIC) {
            return "";
        }
        return sse("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"fake\",\"content\":[],\"stop_reason\":null,"
                + "\"usage\":{\"input_tokens\":5,\"output_tokens\":1}}}")
                + sse("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
                + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}");
    }

    /** One token of the answer. */
    public String token(String text) {
        String q = quote(text);
        return switch (this) {
            case OPENAI -> "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"delta\":{\"content\":" + q + "},\"finish_reason\":null}]}\n\n";
            case OLLAMA -> "{\"model\":\"fake\",\"created_at\":\"2025-01-22T11:22:42.180546Z\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":" + q + "},\"done\":false}\n";
            case ANTHROPIC -> sse("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
                    + "\"delta\":{\"type\":\"text_delta\",\"text\":" + q + "}}");
            case GEMINI -> "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":" + q + "}],\"role\":\"model\"},"
                    + "\"index\":0}],\"modelVersion\":\"fake\"}\r\n\r\n";
        };
    }

    /** The normal end: the model finished. */
    public String finish() {
        return finish(false);
    }

    /** The end when the model hit its length limit. */
    public String finishLength() {
        return finish(true);
    }

    private String finish(boolean length) {
        return switch (this) {
            case OPENAI -> "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                    + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + (length ? "length" : "stop")
                    + "\"}]}\n\ndata: [DONE]\n\n";
            case OLLAMA -> "{\"model\":\"fake\",\"created_at\":\"2025-01-22T11:22:43.180546Z\","
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done_reason\":\""
                    + (length ? "length" : "stop") + "\",\"done\":true,\"eval_count\":8}\n";
            case ANTHROPIC -> sse("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
                    + sse("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\""
                    + (length ? "max_tokens" : "end_turn") + "\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":15}}")
                    + sse("message_stop", "{\"type\":\"message_stop\"}");
            case GEMINI -> "data: {\"candidates\":[{\"finishReason\":\"" + (length ? "MAX_TOKENS" : "STOP")
                    + "\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":5,\"candidatesTokenCount\":8,"
                    + "\"totalTokenCount\":13},\"modelVersion\":\"fake\"}\r\n\r\n";
        };
    }

    /** A chunk that is not this format (cut-off JSON). */
    public String malformed() {
        return switch (this) {
            case OPENAI -> "data: {\"choices\":[{\"delta\":{\"content\":\n\n";
            case OLLAMA -> "{\"message\":{\"content\":\n";
            case ANTHROPIC -> "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"delta\":\n\n";
            case GEMINI -> "data: {\"candidates\":[{\"content\":\n\n";
        };
    }

    /** The start, one chunk per token, and the finish. */
    public List<String> answer(List<String> tokens) {
        List<String> chunks = new ArrayList<>();
        chunks.add(start());
        tokens.forEach(t -> chunks.add(token(t)));
        chunks.add(finish());
        return chunks;
    }

    /** A 200 streaming reply of these tokens, then the finish. */
    public Reply reply(List<String> tokens) {
        return Reply.stream(contentType).chunks(answer(tokens));
    }

    /** A 200 streaming reply with one token every {@code every}. */
    public Reply drip(List<String> tokens, Duration every) {
        Reply reply = Reply.stream(contentType).chunk(start());
        for (String t : tokens) {
            reply = reply.chunk(every, token(t));
        }
        return reply.chunk(finish());
    }

    /** A 200 reply that starts streaming these tokens and never finishes (the caller picks the ending). */
    public Reply partial(List<String> tokens) {
        Reply reply = Reply.stream(contentType).chunk(start());
        for (String t : tokens) {
            reply = reply.chunk(token(t));
        }
        return reply;
    }

    /** An error reply in this provider's JSON shape. */
    public Reply error(int status, String message) {
        String q = quote(message);
        String json = switch (this) {
            case OPENAI -> "{\"error\":{\"message\":" + q + ",\"type\":\"invalid_request_error\",\"code\":null}}";
            case OLLAMA -> "{\"error\":" + q + "}";
            case ANTHROPIC -> "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":" + q + "}}";
            case GEMINI -> "{\"error\":{\"code\":" + status + ",\"message\":" + q + ",\"status\":\"ERROR\"}}";
        };
        return Reply.json(status, json);
    }

    /** The path (under the server root) langchain4j and the model catalog list models at. */
    public String modelsPath() {
        return switch (this) {
            case OPENAI -> basePath + "/models";
            case OLLAMA -> "/api/tags";
            case ANTHROPIC -> basePath + "/models";
            case GEMINI -> basePath + "/models";
        };
    }

    /** The model list in the provider's real JSON shape. */
    public String modelList(List<String> names) {
        return switch (this) {
            case OPENAI -> "{\"object\":\"list\",\"data\":[" + names.stream()
                    .map(n -> "{\"id\":" + quote(n) + ",\"object\":\"model\",\"created\":1686935002,\"owned_by\":\"system\"}")
                    .collect(Collectors.joining(",")) + "]}";
            case OLLAMA -> "{\"models\":[" + names.stream()
                    .map(n -> "{\"name\":" + quote(n) + ",\"model\":" + quote(n) + ",\"modified_at\":\"2025-05-04T17:37:44.706015396-07:00\","
                            + "\"size\":2019393189,\"digest\":\"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72\","
                            + "\"details\":{\"parent_model\":\"\",\"format\":\"gguf\",\"family\":\"llama\","
                            + "\"families\":[\"llama\"],\"parameter_size\":\"3.2B\",\"quantization_level\":\"Q4_K_M\"}}")
                    .collect(Collectors.joining(",")) + "]}";
            case ANTHROPIC -> "{\"data\":[" + names.stream()
                    .map(n -> "{\"type\":\"model\",\"id\":" + quote(n) + ",\"display_name\":" + quote(n)
                            + ",\"created_at\":\"2025-02-19T00:00:00Z\"}")
                    .collect(Collectors.joining(",")) + "],\"has_more\":false,\"first_id\":"
                    + quote(names.isEmpty() ? "" : names.get(0)) + ",\"last_id\":"
                    + quote(names.isEmpty() ? "" : names.get(names.size() - 1)) + "}";
            case GEMINI -> "{\"models\":[" + names.stream()
                    .map(n -> "{\"name\":" + quote("models/" + n) + ",\"version\":\"001\",\"displayName\":" + quote(n)
                            + ",\"description\":\"A model\",\"inputTokenLimit\":1048576,\"outputTokenLimit\":8192,"
                            + "\"supportedGenerationMethods\":[\"generateContent\",\"countTokens\"]}")
                    .collect(Collectors.joining(",")) + "]}";
        };
    }

    /** A 200 JSON reply with the model list. */
    public Reply modelListReply(List<String> names) {
        return Reply.json(200, modelList(names));
    }

    private static String sse(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
