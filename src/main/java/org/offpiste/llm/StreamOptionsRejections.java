package org.offpiste.llm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The OpenAI-compatible servers (by base URL) that refused {@code stream_options}: asked without it from then on. */
final class StreamOptionsRejections {
    private final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

    boolean rejects(String baseUrl) {
        return baseUrls.contains(normalise(baseUrl));
    }

    void remember(String baseUrl) {
        baseUrls.add(normalise(baseUrl));
    }

    private static String normalise(String baseUrl) {
        String url = baseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
