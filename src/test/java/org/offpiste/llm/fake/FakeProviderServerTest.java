package org.offpiste.llm.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeProviderServerTest {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesRoutesAndRecordsTheRequest() throws Exception {
        try (FakeProviderServer server = FakeProviderServer.start()) {
            server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2:latest")));
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url("/api/tags")))
                    .header("X-Test", "yes").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"name\":\"llama3.2:latest\"");
            assertThat(server.requests()).singleElement().satisfies(r -> {
                assertThat(r.method()).isEqualTo("GET");
                assertThat(r.header("x-test")).contains("yes");
            });
        }
    }

    @Test
    void streamsChunksAndSeesTheClientCloseAStalledStream() throws Exception {
        try (FakeProviderServer server = FakeProviderServer.start()) {
            server.enqueue(WireFormat.OPENAI.partial(List.of("Hel", "lo")).header("Retry-After", "1").thenStall());
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] first = new byte[WireFormat.OPENAI.token("Hel").length()];
            response.body().readNBytes(first, 0, first.length);
            assertThat(new String(first, StandardCharsets.UTF_8)).contains("Hel");
            assertThat(response.headers().firstValue("Retry-After")).contains("1");
            assertThat(server.lastConnection().request().body()).isEqualTo("{\"a\":1}");
            response.body().close();
            assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
        }
    }
}
