package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.testing.MemoryKeyring;

class HttpModelCatalogTest {
    private static final String KEY = "sk-" + "test-SECRET-123";
    private static final LlmTimeouts QUICK = new LlmTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofMillis(10));

    private final FakeProviderServer server = FakeProviderServer.start();
    private final Secrets secrets = new Secrets(Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY,
            "GEMINI_API_KEY", KEY, "OPENAI_COMPATIBLE_API_KEY", KEY), new MemoryKeyring());
    private final HttpModelCatalog catalog = new HttpModelCatalog(secrets, QUICK);

    @AfterEach
    void stop() {
        server.close();
    }

    private ProviderSettings settings(WireFormat format, String model) {
        return new ProviderSettings(format.kind(), server.url(format.basePath()), model, 0.5);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void listsEachProvidersModelsSorted(WireFormat format) {
        server.route("GET", format.modelsPath(), format.modelListReply(List.of("zeta-1", "Alpha-2", "mid-3")));

        assertThat(catalog.models(settings(format, "mid-3"))).containsExactly("Alpha-2", "mid-3", "zeta-1");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void checkSaysTheServerAnswersAndListsTheModel(WireFormat format) {
        server.route("GET", format.modelsPath(), format.modelListReply(List.of("one", "two")));

        ConnectionReport report = catalog.check(settings(format, "two"));

        assertThat(report.ok()).isTrue();
        assertThat(report.reachable()).isTrue();
        assertThat(report.models()).containsExactly("one", "two");
        assertThat(report.failure()).isNull();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aModelTheServerDoesNotListIsNotOk(WireFormat format) {
        server.route("GET", format.modelsPath(), format.modelListReply(List.of("one", "two")));

        ConnectionReport report = catalog.check(settings(format, "three"));

        assertThat(report.reachable()).isTrue();
        assertThat(report.modelListed()).isFalse();
        assertThat(report.ok()).isFalse();
        assertThat(report.models()).containsExactly("one", "two");
    }

    @Test
    void eachProviderAuthenticatesItsOwnWayAndTheKeyNeverGoesIntoTheUrl() throws Exception {
        for (WireFormat format : WireFormat.values()) {
            server.route("GET", format.modelsPath(), format.modelListReply(List.of("m")));
        }
        for (WireFormat format : WireFormat.values()) {
            catalog.models(settings(format, "m"));
        }
        var requests = server.requests();
        assertThat(requests).hasSize(4);
        for (var request : requests) {
            assertThat(request.target()).doesNotContain(KEY);
        }
        assertThat(requests.get(0).header("Authorization")).contains("Bearer " + KEY);
        assertThat(requests.get(1).header("Authorization")).isEmpty();
        assertThat(requests.get(2).header("x-api-key")).contains(KEY);
        assertThat(requests.get(2).header("anthropic-version")).contains("2023-06-01");
        assertThat(requests.get(3).header("x-goog-api-key")).contains(KEY);
    }

    @Test
    void ollamasLatestTagIsTolerated() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2:latest", "qwen3:8b")));

        assertThat(catalog.check(settings(WireFormat.OLLAMA, "llama3.2")).ok()).isTrue();
        assertThat(catalog.check(settings(WireFormat.OLLAMA, "llama3.2:latest")).ok()).isTrue();
        assertThat(catalog.check(settings(WireFormat.OLLAMA, "qwen3")).ok()).isFalse();
    }

    @Test
    void geminiKeepsOnlyModelsThatGenerateContentWithoutTheirPrefix() {
        server.route("GET", "/v1beta/models", Reply.json(200, "{\"models\":["
                + "{\"name\":\"models/gemini-2.0-flash\",\"supportedGenerationMethods\":[\"generateContent\",\"countTokens\"]},"
                + "{\"name\":\"models/text-embedding-004\",\"supportedGenerationMethods\":[\"embedContent\"]}]}"));

        assertThat(catalog.models(settings(WireFormat.GEMINI, ""))).containsExactly("gemini-2.0-flash");
        assertThat(catalog.check(settings(WireFormat.GEMINI, "models/gemini-2.0-flash")).ok()).isTrue();
    }

    @Test
    void anthropicsLatestAliasesCountAsListed() {
        server.route("GET", "/v1/models", WireFormat.ANTHROPIC.modelListReply(List.of("claude-3-5-haiku-20241022")));

        assertThat(catalog.check(settings(WireFormat.ANTHROPIC, "claude-3-5-haiku-latest")).ok()).isTrue();
        assertThat(catalog.check(settings(WireFormat.ANTHROPIC, "claude-opus-9-latest")).ok()).isFalse();
    }

    @Test
    void aRefusedKeyIsBadKeyWithTheServersMessageAndNoKey() {
        server.route("GET", "/v1/models", WireFormat.OPENAI.error(401,
                "Incorrect API key provided: " + KEY + ". You can find your API key at https://platform.openai.com."));

        ConnectionReport report = catalog.check(settings(WireFormat.OPENAI, "gpt-4o-mini"));

        assertThat(report.reachable()).isTrue();
        assertThat(report.ok()).isFalse();
        assertThat(report.failure().kind()).isEqualTo(FailureKind.BAD_KEY);
        assertThat(report.failure().provider()).isEqualTo(ProviderKind.OPENAI);
        assertThat(report.failure().model()).isEqualTo("gpt-4o-mini");
        assertThat(report.failure().host()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(report.failure().detail()).startsWith("401").contains("Incorrect API key").doesNotContain(KEY);
    }

    @Test
    void forbiddenAndServerErrorsAreTold() {
        server.route("GET", "/v1/models", WireFormat.ANTHROPIC.error(403, "not allowed"));
        server.route("GET", "/v1beta/models", WireFormat.GEMINI.error(503, "overloaded"));

        assertThat(catalog.check(settings(WireFormat.ANTHROPIC, "x")).failure().kind()).isEqualTo(FailureKind.FORBIDDEN);
        LlmFailure gemini = catalog.check(settings(WireFormat.GEMINI, "x")).failure();
        assertThat(gemini.kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(gemini.detail()).isEqualTo("503 overloaded");
    }

    @Test
    void aWrongBaseUrlIsABadRequestNotAnUnknownModel() {
        LlmFailure failure = catalog.check(settings(WireFormat.OPENAI, "gpt-4o")).failure();

        assertThat(failure.kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(failure.detail()).contains("404", "/v1/models");
    }

    @Test
    void anOpenAiCompatibleServerThatCannotListModelsDoesNotBlockTheChoice() {
        ProviderSettings settings = new ProviderSettings(ProviderKind.OPENAI_COMPATIBLE, server.url("/v1"), "local", 0.5);

        ConnectionReport report = catalog.check(settings);

        assertThat(report.ok()).isTrue();
        assertThat(report.models()).isEmpty();
    }

    @Test
    void aTypedKeyIsTestedFromMemoryInsteadOfTheStoredOneAndNeverKept() {
        MemoryKeyring keyring = new MemoryKeyring();
        Secrets kept = new Secrets(Map.of(), keyring);
        HttpModelCatalog withTyped = new HttpModelCatalog(kept, QUICK);
        server.route("GET", WireFormat.OPENAI.modelsPath(), WireFormat.OPENAI.modelListReply(List.of("gpt-4o-mini")));

        ConnectionReport report = withTyped.check(settings(WireFormat.OPENAI, "gpt-4o-mini"), Optional.of(" sk-" + "typed-1 "));

        assertThat(report.ok()).isTrue();
        assertThat(server.requests().get(0).header("Authorization")).contains("Bearer sk-" + "typed-1");
        assertThat(kept.source(ProviderKind.OPENAI)).isEqualTo(SecretStore.Source.NONE);
        assertThat(withTyped.check(settings(WireFormat.OPENAI, "gpt-4o-mini"), Optional.empty()).failure().kind())
                .isEqualTo(FailureKind.NO_KEY);
    }

    @Test
    void noKeyMeansNoRequest() {
        HttpModelCatalog keyless = new HttpModelCatalog(new Secrets(Map.of(), new MemoryKeyring()), QUICK);

        ConnectionReport report = keyless.check(settings(WireFormat.GEMINI, "gemini-2.0-flash"));

        assertThat(report.failure().kind()).isEqualTo(FailureKind.NO_KEY);
        assertThat(report.reachable()).isFalse();
        assertThat(server.connections()).isEmpty();
        assertThatThrownBy(() -> keyless.models(settings(WireFormat.OPENAI, "")))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(FailureKind.NO_KEY));
    }

    @Test
    void nothingListeningIsRefused() {
        ProviderSettings settings = new ProviderSettings(ProviderKind.OLLAMA,
                "http://127.0.0.1:" + FakeProviderServer.freePort(), "llama3.2", 0.5);

        ConnectionReport report = catalog.check(settings);

        assertThat(report.reachable()).isFalse();
        assertThat(report.failure().kind()).isEqualTo(FailureKind.REFUSED);
    }

    @Test
    void aNameThatDoesNotResolveIsDns() {
        ProviderSettings settings = new ProviderSettings(ProviderKind.OPENAI_COMPATIBLE,
                "http://nosuchhost.invalid:8080/v1", "m", 0.5);

        LlmFailure failure = catalog.check(settings).failure();

        assertThat(failure.kind()).isEqualTo(FailureKind.DNS);
        assertThat(failure.host()).isEqualTo("nosuchhost.invalid:8080");
    }

    @Test
    void anAddressThatNeverAcceptsIsUnreachableWithinTheConnectTime() {
        HttpModelCatalog quickConnect = new HttpModelCatalog(secrets, new LlmTimeouts(Duration.ofMillis(500),
                Duration.ofSeconds(3), Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofMillis(10)));
        // 2001:db8::/32 is reserved for documentation: never routed
        ProviderSettings settings = new ProviderSettings(ProviderKind.OLLAMA, "http://[2001:db8::1]:11434", "m", 0.5);
        long start = System.nanoTime();

        LlmFailure failure = quickConnect.check(settings).failure();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(failure.kind()).isEqualTo(FailureKind.UNREACHABLE);
    }

    @Test
    void aServerThatNeverAnswersGivesUpInBoundedTime() {
        server.route("GET", "/api/tags", Reply.silent());
        long start = System.nanoTime();

        ConnectionReport report = catalog.check(settings(WireFormat.OLLAMA, "m"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(report.failure().kind()).isEqualTo(FailureKind.NO_HEADERS);
    }

    @Test
    void aBodyThatStallsHalfWayGivesUpInBoundedTime() {
        server.route("GET", "/api/tags", Reply.stream("application/json").chunk("{\"models\":[").thenStall());
        long start = System.nanoTime();

        ConnectionReport report = catalog.check(settings(WireFormat.OLLAMA, "m"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(report.ok()).isFalse();
        assertThat(report.failure()).isNotNull();
    }

    @Test
    void aListThatIsNotJsonIsMalformed() {
        server.route("GET", "/api/tags", Reply.json(200, "<html>hello</html>"));

        assertThat(catalog.check(settings(WireFormat.OLLAMA, "m")).failure().kind()).isEqualTo(FailureKind.MALFORMED);
    }
}
