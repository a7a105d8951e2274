package org.offpiste.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Hands langchain4j a {@link GuardedHttpClient} bound to one call. The timeouts langchain4j sets
 * here are kept for its questions but not used: {@link LlmTimeouts} decides.
 */
final class GuardedHttpClientBuilder implements HttpClientBuilder {
    private final HttpPlumbing plumbing;
    private final LlmTimeouts timeouts;
    private final ProviderSettings settings;
    private final Redactor redactor;
    private final CallHandle handle;
    private Duration connectTimeout;
    private Duration readTimeout;

    GuardedHttpClientBuilder(HttpPlumbing plumbing, LlmTimeouts timeouts, ProviderSettings settings, Redactor redactor,
                             CallHandle handle) {
        this.plumbing = plumbing;
        this.timeouts = timeouts;
        this.settings = settings;
        this.redactor = redactor;
        this.handle = handle;
        this.connectTimeout = timeouts.connect();
        this.readTimeout = timeouts.headers();
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new GuardedHttpClient(plumbing, timeouts, settings, redactor, handle);
    }
}
