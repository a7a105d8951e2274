package org.offpiste.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Reads each provider's model list and answers "is this model among them?". Stateless. */
final class ModelLists {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OPENAI_NOT_CHAT = List.of("embedding", "whisper", "tts", "dall-e",
            "moderation", "davinci", "babbage", "transcribe");
    private static final List<String> EMBEDDING_HINTS = List.of("embed", "minilm", "bge-", "bge:", "-bert", "bert:");

    private ModelLists() {
    }

    /** One page of a model list: the names, and the token or id that asks for the next page, if any. */
    record Page(List<String> models, Optional<String> next) {
    }

    /** Reads one page of {@code kind}'s list; throws {@link IOException} when the body is not that shape. */
    static Page parse(ProviderKind kind, String body) throws IOException {
        JsonNode root = JSON.readTree(body == null ? "" : body);
        if (root == null || !root.isObject()) {
            throw new IOException("not a model list");
        }
        return switch (kind) {
            case OLLAMA -> new Page(names(root.path("models"), "name"), Optional.empty());
            case OPENAI, OPENAI_COMPATIBLE -> new Page(openAi(kind, root), Optional.empty());
            case ANTHROPIC -> new Page(names(root.path("data"), "id"), root.path("has_more").asBoolean(false)
                    ? text(root.path("last_id")) : Optional.empty());
            case GEMINI -> new Page(gemini(root), text(root.path("nextPageToken")));
        };
    }

    /** Sorted and without duplicates. */
    static List<String> sorted(List<String> models) {
        TreeSet<String> set = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        set.addAll(models);
        return List.copyOf(set);
    }

    /**
     * True when {@code model} is among {@code models}, tolerating Ollama's {@code :latest} tag,
     * Gemini's {@code models/} prefix and Anthropic's {@code -latest} aliases (not listed by its API).
     */
    static boolean listed(ProviderKind kind, String model, List<String> models) {
        String wanted = normal(kind, model);
        if (wanted.isEmpty()) {
            return false;
        }
        if (models.stream().anyMatch(m -> normal(kind, m).equals(wanted))) {
            return true;
        }
        if (kind == ProviderKind.ANTHROPIC && wanted.endsWith("-latest")) {
            String stem = wanted.substring(0, wanted.length() - "latest".length());
            return models.stream().anyMatch(m -> m.startsWith(stem));
        }
        return false;
    }

    /** True for names that look like embedding models rather than chat models. */
    static boolean looksLikeEmbedding(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        return EMBEDDING_HINTS.stream().anyMatch(lower::contains);
    }

    private static String normal(ProviderKind kind, String model) {
        String m = model == null ? "" : model.strip();
        if (kind == ProviderKind.OLLAMA && m.endsWith(":latest")) {
            return m.substring(0, m.length() - ":latest".length());
        }
        if (kind == ProviderKind.GEMINI && m.startsWith("models/")) {
            return m.substring("models/".length());
        }
        return m;
    }

    private static List<String> openAi(ProviderKind kind, JsonNode root) {
        List<String> ids = names(root.path("data"), "id");
        if (ids.isEmpty() && root.path("models").isArray()) {
            ids = names(root.path("models"), "id");
        }
        if (kind != ProviderKind.OPENAI) {
            return ids;
        }
        return ids.stream().filter(id -> OPENAI_NOT_CHAT.stream().noneMatch(id::contains)).toList();
    }

    private static List<String> gemini(JsonNode root) {
        List<String> result = new ArrayList<>();
        for (JsonNode model : root.path("models")) {
            JsonNode methods = model.path("supportedGenerationMethods");
            boolean generates = false;
            for (JsonNode method : methods) {
                generates |= method.asText().equals("generateContent");
            }
            String name = model.path("name").asText("");
            if (generates && !name.isBlank()) {
                result.add(name.startsWith("models/") ? name.substring("models/".length()) : name);
            }
        }
        return result;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        for (JsonNode item : array) {
            String name = item.isTextual() ? item.asText() : item.path(field).asText("");
            if (!name.isBlank()) {
                result.add(name.strip());
            }
        }
        return result;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
