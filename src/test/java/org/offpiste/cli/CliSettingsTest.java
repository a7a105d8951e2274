package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;

class CliSettingsTest {
    private static final String KEY = "sk-" + "test-SECRET";

    @TempDir
    Path home;

    private final FakeProviderServer server = FakeProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRunner runner(Map<String, String> environment) {
        return new CliRunner(home, environment);
    }

    private String refusedUrl() {
        return "http://127.0.0.1:" + FakeProviderServer.freePort();
    }

    @Test
    void aRunningOllamaIsFoundAndItsModelPrinted() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("nomic-embed-text:latest", "llama3.2:latest")));
        CliRunner cli = runner(Map.of());
        cli.context().settings().put("llm.ollama.baseUrl", server.url(""));

        CliRunner.Result r = cli.run("settings");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Provider:      Ollama (ollama)", "Base URL:      " + server.url(""),
                "Model:         llama3.2:latest", "Temperature:   0.9", "Idle timeout:  45 s", "Key:           not needed",
                "answers and lists llama3.2:latest (2 models)", "nomic-embed-text:latest");
    }

    @Test
    void optionsCheckAnotherChoice() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("qwen3:8b", "llama3.2:latest")));

        CliRunner.Result r = runner(Map.of()).run("settings", "--provider", "ollama", "--base-url", server.url(""),
                "--model", "qwen3:8b");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Model:         qwen3:8b", "answers and lists qwen3:8b");
    }

    @Test
    void anOllamaWithoutModelsSaysWhatToPull() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of()));

        CliRunner.Result r = runner(Map.of()).run("settings", "--provider", "ollama", "--base-url", server.url(""));

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).contains("Model:         (none)", "answers, but offers no model");
        assertThat(r.errorLine()).contains("no model installed", "ollama pull llama3.2");
    }

    @Test
    void aRefusedPortExitsWithOneLineNamingTheAddress() {
        String url = refusedUrl();

        CliRunner.Result r = runner(Map.of()).run("settings", "--provider", "ollama", "--base-url", url, "--model", "llama3.2");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).startsWith("Nothing answers at " + url.substring("http://".length()))
                .contains("ollama serve");
        assertThat(r.out()).contains("Server:        does not answer");
    }

    @Test
    void aModelTheServerDoesNotOfferIsNamed() {
        server.route("GET", "/api/tags", WireFormat.OLLAMA.modelListReply(List.of("llama3.2:latest")));

        CliRunner.Result r = runner(Map.of()).run("settings", "--provider", "ollama", "--base-url", server.url(""),
                "--model", "mistral");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).contains("does not know the model mistral");
        assertThat(r.out()).contains("does not list mistral");
    }

    @Test
    void theKeyIsNeverPrintedEvenWhenTheServerEchoesIt() {
        server.route("GET", "/v1/models", WireFormat.OPENAI.error(401, "Incorrect API key provided: " + KEY));

        CliRunner.Result r = runner(Map.of("OPENAI_API_KEY", KEY)).run("settings", "--provider", "openai",
                "--base-url", server.url("/v1"));

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).contains("Model:         gpt-4o-mini", "Key:           environment variable OPENAI_API_KEY")
                .doesNotContain(KEY).doesNotContain("SECRET");
        assertThat(r.errorLine()).contains("The key for OpenAI was refused").doesNotContain(KEY).doesNotContain("SECRET");
        assertThat(server.requests().get(0).header("Authorization")).contains("Bearer " + KEY);
    }

    @Test
    void aProviderThatNeedsAKeyWithoutOneSaysWhichVariableToSet() {
        CliRunner.Result r = runner(Map.of()).run("settings", "--provider", "anthropic", "--base-url", server.url("/v1"));

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).contains("Key:           none", "claude-3-5-haiku-latest");
        assertThat(r.errorLine()).contains("ANTHROPIC_API_KEY");
        assertThat(server.connections()).isEmpty();
    }

    @Test
    void nothingFoundSaysWhatToDo() {
        CliRunner cli = runner(Map.of());
        cli.context().settings().put("llm.ollama.baseUrl", refusedUrl());

        CliRunner.Result r = cli.run("settings");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).startsWith("No model is reachable").contains("ollama serve", "OPENAI_API_KEY");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownProviderOrUrlIsAUsageError() {
        CliRunner.Result provider = runner(Map.of()).run("settings", "--provider", "mistral-cloud");
        CliRunner.Result url = runner(Map.of()).run("settings", "--provider", "ollama", "--base-url", "localhost:11434");

        assertThat(provider.code()).isEqualTo(ExitCode.USAGE);
        assertThat(provider.errorLine()).contains("Unknown provider 'mistral-cloud'");
        assertThat(url.code()).isEqualTo(ExitCode.USAGE);
        assertThat(url.errorLine()).contains("'localhost:11434' is not a base URL");
    }

    @Test
    void frenchOutputAndMessages() {
        server.route("GET", "/v1beta/models", WireFormat.GEMINI.modelListReply(List.of("gemini-2.0-flash")));
        CliRunner cli = runner(Map.of("GEMINI_API_KEY", "AIza" + "-test")).french();

        CliRunner.Result ok = cli.run("settings", "--provider", "gemini", "--base-url", server.url("/v1beta"));
        CliRunner.Result refused = cli.run("settings", "--provider", "gemini", "--base-url", refusedUrl());

        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Fournisseur :      Google Gemini (gemini)", "Température :      0,9",
                "variable d'environnement GEMINI_API_KEY", "répond et propose gemini-2.0-flash");
        assertThat(refused.errorLine()).startsWith("Rien ne répond à 127.0.0.1:");
    }

    @Test
    void settingsHasHelp() {
        CliRunner.Result r = runner(Map.of()).run("settings", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: offpiste settings").contains("--provider=PROVIDER", "--base-url=URL",
                "--model=MODEL", "never a key").doesNotContain("cli.help");
    }
}
