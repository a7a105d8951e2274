package org.offpiste.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
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
        return new LlmFailure(kind, settings.kind(), settings.model(), host(settings.baseUrl()), redactor.redact(detail));
    }

    LlmFailure classify(Throwable error) {
        Optional<HttpException> http = find(error, HttpException.class);
        if (http.isPresent()) {
            return fromStatus(http.get().statusCode(), http.get().getMessage());
        }
        if (find(error, UnresolvedAddressException.class).isPresent() || find(error, UnknownHostException.class).isPresent()) {
            return failure(FailureKind.DNS, host(settings.baseUrl()));
        }
        if (find(error, HttpConnectTimeoutException.class).isPresent() || find(error, NoRouteToHostException.class).isPresent()
                || mentions(error, "unreachable")) {
            return failure(FailureKind.UNREACHABLE, host(settings.baseUrl()));
        }
        if (find(error, ConnectException.class).isPresent()) {
            return failure(FailureKind.REFUSED, host(settings.baseUrl()));
        }
        if (find(error, TimeoutException.class).isPresent() || find(error, HttpTimeoutException.class).isPresent()) {
            return failure(FailureKind.NO_HEADERS, "");
        }
        if (find(error, JsonProcessingException.class).isPresent()) {
            return failure(FailureKind.MALFORMED, "");
        }
        if (find(error, IOException.class).isPresent()) {
            return failure(FailureKind.RESET, rootMessage(error));
        }
        return errorEvent(rootMessage(error)).orElseGet(() -> failure(FailureKind.OTHER, rootMessage(error)));
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

    LlmFailure fromStatus(int status, String body) {
        String message = shortMessage(body);
        String detail = message.isEmpty() ? Integer.toString(status) : status + " " + message;
        String lower = message.toLowerCase(Locale.ROOT);
        FailureKind kind;
        if (status == 401) {
            kind = FailureKind.BAD_KEY;
        } else if (status == 403) {
            kind = FailureKind.FORBIDDEN;
        } else if (status == 404 || (status >= 400 && status < 500 && lower.contains("model") && lower.contains("not found"))) {
            kind = FailureKind.UNKNOWN_MODEL;
        } else if (status == 429) {
            kind = FailureKind.RATE_LIMITED;
        } else if (status >= 500) {
            kind = FailureKind.SERVER_ERROR;
        } else {
            kind = FailureKind.BAD_REQUEST;
        }
        return failure(kind, detail);
    }

    /** The server's own message out of its JSON error ({@code error}, {@code error.message}, {@code message}), else the body. */
    private String shortMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode root = json.readTree(body);
            JsonNode error = root.path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.path("message").asText();
            }
            if (root.path("message").isTextual()) {
                return root.path("message").asText();
            }
        } catch (JsonProcessingException | RuntimeException notJson) {
            // fall through: the body itself, shortened
        }
        return body;
    }

    static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            return host == null ? baseUrl : host;
        } catch (IllegalArgumentException e) {
            return baseUrl;
        }
    }

    private static boolean mentions(Throwable error, String word) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
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
