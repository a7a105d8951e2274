package org.offpiste.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.util.Optional;

/** Puts a failed model call into the terms of {@link FailureKind}, with a short, key-free detail. */
final class FailureClassifier {
    private final ObjectMapper json = new ObjectMapper();
    private final ProviderSettings settings;
    private final Redactor redactor;

    FailureClassifier(ProviderSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
    }

    LlmFailure failure(FailureKind kind, String detail) {
        return new LlmFailure(kind, settings.kind(), settings.model(), HttpModelCatalog.host(settings), redactor.redact(detail));
    }

    LlmFailure classify(Throwable error) {
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            return fromStatus(http.get().statusCode(), http.get().getMessage());
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            return failure(FailureKind.MALFORMED, "");
        }
        if (find(error, TimeoutException.class).isPresent()) {
            return failure(FailureKind.NO_HEADERS, "");
        }
        FailureKind kind = HttpFailures.forIo(error);
        if (kind != FailureKind.OTHER) {
            return failure(kind, kind == FailureKind.RESET ? rootMessage(error) : "");
        }
        if (find(error, IOException.class).isPresent()) {
            // any other I/O failure once the exchange is under way: the connection broke
            return failure(FailureKind.RESET, rootMessage(error));
        }
        return errorEvent(rootMessage(error)).orElseGet(() -> failure(FailureKind.OTHER, rootMessage(error)));
    }

    /** A non-2xx answer: its kind ({@link HttpFailures#forStatus}) and "status the server's short message". */
    LlmFailure fromStatus(int status, String body) {
        String clean = redactor.clean(body);
        String message = HttpFailures.shortDetail(clean);
        return failure(HttpFailures.forStatus(status, clean), message.isEmpty() ? Integer.toString(status) : status + " " + message);
    }

    /** An {@code error} event inside a 200 stream ({"error":{"type":"overloaded_error","message":…}}), by its type. */
    private Optional<LlmFailure> errorEvent(String message) {
        try {
            JsonNode error = json.readTree(message).path("error");
            String type = error.path("type").asText("");
            FailureKind kind = switch (type) {
                case "authentication_error" -> FailureKind.BAD_KEY;
                case "permission_error" -> FailureKind.FORBIDDEN;
                case "not_found_error" -> FailureKind.UNKNOWN_MODEL;
                case "rate_limit_error", "rate_limit_exceeded" -> FailureKind.RATE_LIMITED;
                case "api_error", "overloaded_error", "server_error" -> FailureKind.SERVER_ERROR;
                case "invalid_request_error" -> FailureKind.BAD_REQUEST;
                default -> null;
            };
            return kind == null ? Optional.empty() : Optional.of(failure(kind, error.path("message").asText(type)));
        } catch (JsonProcessingException | RuntimeException notJson) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
