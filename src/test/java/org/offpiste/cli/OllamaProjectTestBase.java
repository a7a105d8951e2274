package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;

/**
 * The setup of the end-to-end tests of the commands that ask a model: a fake server speaking
 * Ollama's stream, chosen as the provider, and a new project.
 */
abstract class OllamaProjectTestBase {
    private final String fileName;
    @TempDir
    Path home;
    FakeProviderServer server;
    CliRunner cli;
    Path project;

    OllamaProjectTestBase(String fileName) {
        this.fileName = fileName;
    }

    @BeforeEach
    void start() {
        server = FakeProviderServer.start();
        cli = CliRunner.overOllama(home, server);
        project = home.resolve(fileName);
        assertThat(cli.run("new", project).code()).isZero();
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
