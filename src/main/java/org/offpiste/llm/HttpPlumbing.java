package org.offpiste.llm;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * What every {@link GuardedHttpClient} shares: one java.net.http client (HTTP/1.1, so closing a
 * body closes its connection) that never follows a redirect (the key is in a header), the
 * threads that read bodies, and what the servers refused.
 */
record HttpPlumbing(HttpClient http, ExecutorService readers, StreamOptionsRejections rejections) {

    static HttpPlumbing create(Duration connectTimeout, ExecutorService readers) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect would carry the key elsewhere
                .executor(readers)
                .build();
        return new HttpPlumbing(http, readers, new StreamOptionsRejections());
    }
}
