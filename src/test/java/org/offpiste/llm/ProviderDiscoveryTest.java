package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.settings.Settings;
import org.offpiste.testing.MemoryKeyring;

class ProviderDiscoveryTest {
    @TempDir
    Path config;

    private final FakeProviderServer server = FakeProviderServer.start();
    private Settings settings;
    private ProviderPreferences preferences;

    @BeforeEach
    void pointProvidersAtTheFakeServer() {
        settings = new Settings(config);
        preferences = new ProviderPreferences(settings);
        for (WireFormat format : WireFormat.values()) {
            settings.put("llm." + format.kind().id() + ".baseUrl", server.url(format.basePath()));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProviderDiscovery discovery(Map<String, String> environment) {
        return ProviderDiscovery.create(preferences, new Secrets(environment, new MemoryKeyring()));
    }

    private void ollamaIsNotRunning() {
        settings.put("llm.ollama.baseUrl", "http://127.0.0.1:" + FakeProviderServer.freePort());
    }

    @Test
    void ollamaAnsweringIsUsedWithItsFirstChatModel() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("all-minilm:latest",
                "nomic-embed-text:latest", "qwen3:8b", "llama3.2:latest")));

        ProviderDiscovery.Availability found = discovery(Map.of("OPENAI_API_KEY", "sk-x")).discover();

        assertThat(found.answers()).isTrue();
        assertThat(found.failure()).isNull();
        assertThat(found.settings().kind()).isEqualTo(ProviderKind.OLLAMA);
        assertThat(found.settings().model()).isEqualTo("llama3.2:latest");
    }

    @Test
    void withoutOllamaTheFirstProviderWithAKeyIsUsedWithItsUsualModel() {
        ollamaIsNotRunning();
        server.route("GET", "/v1/models", WireFormat.ANTHROPIC.modelListReply(List.of("claude-3-5-haiku-20241022")));

        ProviderDiscovery.Availability found = discovery(Map.of("ANTHROPIC_API_KEY", "sk-" + "ant-x")).discover();

        assertThat(found.settings().kind()).isEqualTo(ProviderKind.ANTHROPIC);
        assertThat(found.settings().model()).isEqualTo("claude-3-5-haiku-latest");
        assertThat(found.answers()).isTrue();
    }

    @Test
    void aRefusedKeyIsSaidWithTheProviderItBelongsTo() {
        ollamaIsNotRunning();
        server.route("GET", "/v1/models", WireFormat.OPENAI.error(401, "Incorrect API key provided"));

        ProviderDiscovery.Availability found = discovery(Map.of("OPENAI_API_KEY", "sk-" + "bad")).discover();

        assertThat(found.settings().kind()).isEqualTo(ProviderKind.OPENAI);
        assertThat(found.settings().model()).isEqualTo("gpt-4o-mini");
        assertThat(found.answers()).isFalse();
        assertThat(found.failure().kind()).isEqualTo(FailureKind.BAD_KEY);
    }

    @Test
    void noOllamaAndNoKeyMeansNothing() {
        ollamaIsNotRunning();

        ProviderDiscovery.Availability found = discovery(Map.of()).discover();

        assertThat(found.none()).isTrue();
        assertThat(found.settingsIfAny()).isEmpty();
        assertThat(found.answers()).isFalse();
    }

    @Test
    void anOllamaWithoutModelsIsSaidWhenThereIsNoKey() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of()));

        ProviderDiscovery.Availability found = discovery(Map.of()).discover();

        assertThat(found.settings().kind()).isEqualTo(ProviderKind.OLLAMA);
        assertThat(found.answers()).isFalse();
        assertThat(found.failure().kind()).isEqualTo(FailureKind.UNKNOWN_MODEL);
    }

    @Test
    void thePersonsChoiceWinsOverARunningOllama() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2")));
        server.route("GET", "/v1beta/models", WireFormat.GEMINI.modelListReply(List.of("gemini-2.5-pro")));
        preferences.choose(preferences.forKind(ProviderKind.GEMINI).withModel("gemini-2.5-pro"));

        ProviderDiscovery.Availability found = discovery(Map.of("GEMINI_API_KEY", "AIza-x")).discover();

        assertThat(found.settings().kind()).isEqualTo(ProviderKind.GEMINI);
        assertThat(found.settings().model()).isEqualTo("gemini-2.5-pro");
        assertThat(found.answers()).isTrue();
    }

    @Test
    void aChosenProviderWithoutItsKeySaysSo() {
        preferences.choose(preferences.forKind(ProviderKind.OPENAI));

        ProviderDiscovery.Availability found = discovery(Map.of()).discover();

        assertThat(found.settings().model()).isEqualTo("gpt-4o-mini");
        assertThat(found.failure().kind()).isEqualTo(FailureKind.NO_KEY);
        assertThat(server.connections()).isEmpty();
    }

    @Test
    void anOllamaThatNeverAnswersIsGivenUpQuickly() {
        server.route("GET", "/api/tags", Reply.silent());
        server.route("GET", "/v1beta/models", WireFormat.GEMINI.modelListReply(List.of("gemini-2.0-flash")));
        long start = System.nanoTime();

        ProviderDiscovery.Availability found = discovery(Map.of("GEMINI_API_KEY", "AIza-x")).discover();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
        assertThat(found.settings().kind()).isEqualTo(ProviderKind.GEMINI);
        assertThat(found.answers()).isTrue();
    }
}
