package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;

/** {@code offpiste settings} shows a base URL without its userinfo or query, where a secret may hide. */
class CliShownUrlTest {
    @TempDir
    Path home;

    @Test
    void theBaseUrlIsShownWithoutUserinfoOrQuery() {
        try (FakeProviderServer server = FakeProviderServer.start()) {
            server.route("GET", "/v1/models", WireFormat.OPENAI.modelListReply(List.of("local-model")));
            CliRunner cli = new CliRunner(home, Map.of());
            String given = "http://alice:hunter2@127.0.0.1:" + server.port() + "/v1?api_key=qwerty";

            CliRunner.Result r = cli.run("settings", "--provider", "openai-compatible", "--base-url", given,
                    "--model", "local-model");

            String all = r.out() + r.err();
            assertThat(all).doesNotContain("hunter2", "alice", "qwerty");
            assertThat(r.out()).contains("Base URL:      http://127.0.0.1:" + server.port() + "/v1" + System.lineSeparator());
        }
    }

    @Test
    void aWrongUrlIsEchoedWithoutItsSecrets() {
        CliRunner.Result r = new CliRunner(home, Map.of()).run("settings", "--provider", "ollama", "--base-url",
                "ftp://bob:s3cr3tpw@files.example/x?token=zz9");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).contains("ftp://files.example/x").doesNotContain("s3cr3tpw", "bob", "zz9");
    }
}
