package org.offpiste.llm;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lists models over plain HTTP (java.net.http): Ollama's {@code /api/tags}, {@code /models} for
 * OpenAI and OpenAI-compatible servers (Bearer key), Anthropic ({@code x-api-key}) and Gemini
 * ({@code x-goog-api-key}; the key never goes into the URL). Each call blocks for at most
 * {@link #MAX_REQUEST} (less when {@link LlmTimeouts#headers()} is shorter).
 */
public final class HttpModelCatalog implements ModelCatalog {
    /** The longest a listing may take, connection included. */
    public static final Duration MAX_REQUEST = Duration.ofSeconds(10);
    private static final String ANTHROPIC_VERSION = "2023-06-01";
    private static final int MAX_PAGES = 5;
    private static final Set<FailureKind> SERVER_ANSWERED = Set.of(FailureKind.BAD_KEY, FailureKind.FORBIDDEN,
            FailureKind.UNKNOWN_MODEL, FailureKind.BAD_REQUEST, FailureKind.RATE_LIMITED, FailureKind.SERVER_ERROR);

    private final SecretStore secrets;
    private final Duration limit;
    private final HttpClient client;

    public HttpModelCatalog(SecretStore secrets, LlmTimeouts timeouts) {
        this.secrets = secrets;
        this.limit = timeouts.headers().compareTo(MAX_REQUEST) < 0 ? timeouts.headers() : MAX_REQUEST;
        Duration connect = timeouts.connect().compareTo(limit) < 0 ? timeouts.connect() : limit;
        this.client = HttpClient.newBuilder().connectTimeout(connect).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build(); // the key is in a header: never sent elsewhere
    }

    @Override
    public List<String> models(ProviderSettings settings) {
        return list(settings, secrets.key(settings.kind()));
    }

    @Override
    public ConnectionReport check(ProviderSettings settings) {
        return check(settings, Optional.empty());
    }

    /** Checks with {@code keyOverride} when one is given (a key typed but not kept yet), else the stored key. */
    @Override
    public ConnectionReport check(ProviderSettings settings, Optional<String> keyOverride) {
        Optional<String> typed = keyOverride.map(String::strip).filter(k -> !k.isEmpty());
        try {
            List<String> models = list(settings, typed.isPresent() ? typed : secrets.key(settings.kind()));
            return new ConnectionReport(settings, true, models, listed(settings, models), null);
        } catch (LlmException e) {
            LlmFailure failure = e.failure();
            return new ConnectionReport(settings, SERVER_ANSWERED.contains(failure.kind()), List.of(), false, failure);
        }
    }

    private List<String> list(ProviderSettings settings, Optional<String> key) {
        if (settings.kind().needsKey() && key.isEmpty()) {
            throw new LlmException(failure(settings, FailureKind.NO_KEY, settings.kind().keyVariable()), null);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> models = new ArrayList<>();
        Optional<String> next = Optional.empty();
        int pages = 0;
        do {
            ModelLists.Page page = page(settings, key, next, deadline);
            // a server that echoes the key back never gets it shown, even as a model's name
            page.models().forEach(m -> models.add(key.map(k -> m.replace(k, HttpFailures.MASK)).orElse(m)));
            next = page.next();
        } while (next.isPresent() && ++pages < MAX_PAGES);
        return ModelLists.sorted(models);
    }

    /** An OpenAI-compatible server that lists nothing (or cannot list) cannot contradict the choice. */
    private static boolean listed(ProviderSettings settings, List<String> models) {
        if (settings.kind() == ProviderKind.OPENAI_COMPATIBLE && models.isEmpty()) {
            return !settings.model().isEmpty();
        }
        return ModelLists.listed(settings.kind(), settings.model(), models);
    }

    private ModelLists.Page page(ProviderSettings settings, Optional<String> key, Optional<String> next,
                                 long deadline) {
        HttpRequest request = request(settings, key, next);
        HttpResponse<String> response = send(settings, request, key, deadline);
        int status = response.statusCode();
        if (status == 404 || status == 405) {
            if (settings.kind() == ProviderKind.OPENAI_COMPATIBLE) {
                // Some OpenAI-compatible servers cannot list their models: nothing to check the choice against.
                return new ModelLists.Page(List.of(), Optional.empty());
            }
            throw new LlmException(failure(settings, FailureKind.BAD_REQUEST,
                    status + " " + request.uri().getPath()), null);
        }
        if (status >= 300 && status < 400) {
            throw new LlmException(failure(settings, FailureKind.BAD_REQUEST, status + " "
                    + HttpFailures.redirectDetail(response.headers().firstValue("Location").orElse(null))), null);
        }
        if (status >= 300) {
            String body = HttpFailures.redact(response.body(), key.stream().toList());
            String detail = HttpFailures.shortDetail(body);
            throw new LlmException(failure(settings, HttpFailures.forStatus(status, body),
                    detail.isEmpty() ? Integer.toString(status) : status + " " + detail), null);
        }
        try {
            return ModelLists.parse(settings.kind(), response.body());
        } catch (IOException e) {
            throw new LlmException(failure(settings, FailureKind.MALFORMED,
                    HttpFailures.shortDetail(HttpFailures.redact(response.body(), key.stream().toList()))), null);
        }
    }

    private HttpResponse<String> send(ProviderSettings settings, HttpRequest request, Optional<String> key,
                                      long deadline) {
        CompletableFuture<HttpResponse<String>> pending =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            long left = Math.max(1, deadline - System.nanoTime());
            return pending.get(left + TimeUnit.MILLISECONDS.toNanos(500), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new LlmException(failure(settings, FailureKind.NO_HEADERS, seconds(limit)), null);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmException(failure(settings, FailureKind.OTHER, "interrupted"), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            FailureKind kind = HttpFailures.forIo(cause);
            String detail = kind == FailureKind.OTHER ? cause.getClass().getSimpleName() + " "
                    + String.valueOf(cause.getMessage()) : "";
            throw new LlmException(failure(settings, kind,
                    HttpFailures.redact(detail, key.stream().toList()).strip()), null);
        }
    }

    private HttpRequest request(ProviderSettings settings, Optional<String> key, Optional<String> next) {
        String base = base(settings);
        ProviderKind kind = settings.kind();
        String url = switch (kind) {
            case OLLAMA -> base + "/api/tags";
            case OPENAI, OPENAI_COMPATIBLE -> base + "/models";
            case ANTHROPIC -> base + "/models?limit=1000" + next.map(id -> "&after_id=" + encode(id)).orElse("");
            case GEMINI -> base + "/models?pageSize=1000" + next.map(t -> "&pageToken=" + encode(t)).orElse("");
        };
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new LlmException(failure(settings, FailureKind.BAD_REQUEST,
                    "not a URL: " + HttpFailures.shownUrl(settings.baseUrl())), null);
        }
        builder.timeout(limit).header("Accept", "application/json").GET();
        key.ifPresent(k -> {
            switch (kind) {
                case OPENAI, OPENAI_COMPATIBLE -> builder.header("Authorization", "Bearer " + k);
                case ANTHROPIC -> builder.header("x-api-key", k);
                case GEMINI -> builder.header("x-goog-api-key", k);
                case OLLAMA -> builder.header("Authorization", "Bearer " + k);
            }
        });
        if (kind == ProviderKind.ANTHROPIC) {
            builder.header("anthropic-version", ANTHROPIC_VERSION);
        }
        return builder.build();
    }

    /** The base URL without trailing slashes (and, for Ollama, without an OpenAI-style {@code /v1}). */
    static String base(ProviderSettings settings) {
        String base = settings.baseUrl().replaceAll("/+$", "");
        if (settings.kind() == ProviderKind.OLLAMA) {
            base = base.replaceAll("/(v1|api)$", "");
        }
        return base;
    }

    /** The base URL's host and port, as failures name it. */
    public static String host(ProviderSettings settings) {
        try {
            URI uri = URI.create(settings.baseUrl());
            if (uri.getHost() == null) {
                return HttpFailures.shownUrl(settings.baseUrl());
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return HttpFailures.shownUrl(settings.baseUrl());
        }
    }

    private static LlmFailure failure(ProviderSettings settings, FailureKind kind, String detail) {
        return new LlmFailure(kind, settings.kind(), settings.model(), host(settings), detail);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
