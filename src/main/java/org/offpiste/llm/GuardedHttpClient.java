package org.offpiste.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * langchain4j's HTTP client, on java.net.http, made for streams that misbehave: a time limit on
 * the response headers, non-2xx answers with their Retry-After and a key-free body, every
 * exchange registered in the call's {@link CallHandle} (so Stop and the watchdog really close
 * the connection), the end of the body reported at once, unreadable chunks reported instead of
 * logged, and OpenAI-compatible servers that refuse {@code stream_options} asked again without.
 */
final class GuardedHttpClient implements HttpClient {
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final int ERROR_BODY_LIMIT = 8192;

    private final HttpPlumbing plumbing;
    private final LlmTimeouts timeouts;
    private final ProviderSettings settings;
    private final Redactor redactor;
    private final CallHandle handle;
    private final ObjectMapper json = new ObjectMapper();

    GuardedHttpClient(HttpPlumbing plumbing, LlmTimeouts timeouts, ProviderSettings settings, Redactor redactor,
                      CallHandle handle) {
        this.plumbing = plumbing;
        this.timeouts = timeouts;
        this.settings = settings;
        this.redactor = redactor;
        this.handle = handle;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        CompletableFuture<HttpResponse<InputStream>> exchange =
                plumbing.http().sendAsync(toJdk(request, request.body()), HttpResponse.BodyHandlers.ofInputStream());
        handle.attach(exchange);
        try {
            HttpResponse<InputStream> response = exchange.get();
            handle.attach(response.body());
            if (!successful(response)) {
                throw failure(response);
            }
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(body).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw asRuntime(e.getCause());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        String body = request.body();
        boolean withoutOptions = settings.kind() == ProviderKind.OPENAI_COMPATIBLE
                && plumbing.rejections().rejects(settings.baseUrl());
        send(request, withoutOptions ? withoutStreamOptions(body) : body, !withoutOptions, parser, listener);
    }

    private void send(HttpRequest request, String body, boolean mayResend, ServerSentEventParser parser,
                      ServerSentEventListener listener) {
        CompletableFuture<HttpResponse<InputStream>> exchange =
                plumbing.http().sendAsync(toJdk(request, body), HttpResponse.BodyHandlers.ofInputStream());
        handle.attach(exchange);
        exchange.whenCompleteAsync((response, error) -> {
            if (error != null) {
                if (!handle.cancelled()) {
                    listener.onError(asRuntime(error));
                }
                return;
            }
            handle.attach(response.body());
            if (successful(response)) {
                read(response, parser, listener);
                return;
            }
            ProviderHttpException failure = failure(response);
            if (mayResend && refusesStreamOptions(failure, body)) {
                plumbing.rejections().remember(settings.baseUrl());
                send(request, withoutStreamOptions(body), false, parser, listener);
            } else if (!handle.cancelled()) {
                listener.onError(failure);
            }
        }, plumbing.readers());
    }

    private void read(HttpResponse<InputStream> response, ServerSentEventParser parser, ServerSentEventListener listener) {
        WireObserver observer = handle.observer();
        observer.onHeaders();
        GuardingListener guarded = new GuardingListener(listener, handle);
        try (InputStream body = new ActivityInputStream(response.body(), observer)) {
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).build());
            parser.parse(body, guarded);
            if (!handle.cancelled() && !guarded.failed()) {
                listener.onClose();
            }
        } catch (IOException | RuntimeException e) {
            guarded.onError(e);
        }
        if (!handle.cancelled()) {
            observer.onBodyEnd();
        }
    }

    private boolean refusesStreamOptions(ProviderHttpException failure, String body) {
        return settings.kind() == ProviderKind.OPENAI_COMPATIBLE && failure.statusCode() == 400
                && failure.getMessage() != null && failure.getMessage().toLowerCase(Locale.ROOT).contains("stream_options")
                && body != null && body.contains("stream_options");
    }

    private String withoutStreamOptions(String body) {
        if (body == null) {
            return null;
        }
        try {
            JsonNode root = json.readTree(body);
            if (root instanceof ObjectNode object) {
                object.remove("stream_options");
                return json.writeValueAsString(object);
            }
        } catch (IOException unreadable) {
            // send it as it was
        }
        return body;
    }

    private ProviderHttpException failure(HttpResponse<InputStream> response) {
        String body;
        try (InputStream in = response.body()) {
            body = new String(in.readNBytes(ERROR_BODY_LIMIT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            body = "";
        }
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            body = HttpFailures.redirectDetail(response.headers().firstValue("Location").orElse(null));
        }
        return new ProviderHttpException(response.statusCode(), redactor.clean(body),
                ProviderHttpException.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now()));
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request, String body) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("multipart requests are not used by Offpiste");
        }
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(timeouts.headers());
        request.headers().forEach((name, values) -> {
            if (values != null && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(request.method().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return builder.build();
    }

    private static boolean successful(HttpResponse<?> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    /** A header timeout becomes langchain4j's TimeoutException; a connect timeout stays what it is. */
    private static RuntimeException asRuntime(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
            return new TimeoutException(cause);
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
