package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.settings.Settings;

/** {@code offpiste settings} in its own JVM with a key in its environment: the key is in no output and no file. */
class CliSettingsProcessTest {
    private static final String KEY = "sk-" + "test-SECRET";

    @TempDir
    Path home;

    private final FakeProviderServer server = FakeProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private int main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "-Djava.awt.headless=true", "org.offpiste.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OFFPISTE_HOME", home.resolve("home").toString());
        pb.environment().put("OPENAI_API_KEY", KEY);
        pb.environment().remove("ANTHROPIC_API_KEY");
        pb.environment().remove("GEMINI_API_KEY");
        pb.environment().remove("DISPLAY");
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("home/stdout.txt").toFile()));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(home.resolve("home/stderr.txt").toFile()));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Main did not finish");
        }
        return p.exitValue();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKeyIsInNoOutputAndNoFileTheProgramWrote() throws Exception {
        Files.createDirectories(home.resolve("home/config"));
        Settings settings = new Settings(home.resolve("home/config"));
        settings.put("llm.ollama.baseUrl", "http://127.0.0.1:" + FakeProviderServer.freePort());
        settings.put("llm.openai.baseUrl", server.url("/v1"));
        server.enqueue(WireFormat.OPENAI.error(401, "Incorrect API key provided: " + KEY));
        server.enqueue(WireFormat.OPENAI.error(401, "Incorrect API key provided: " + KEY));
        server.enqueue(Reply.json(500, "<html><title>Error for key=" + KEY + "</title></html>"));
        server.enqueue(WireFormat.OPENAI.modelListReply(List.of("gpt-4o-mini", KEY)));

        int discovered = main("settings");
        int refused = main("settings", "--provider", "openai");
        int serverError = main("settings", "--provider", "openai", "--base-url", server.url("/v1"));
        int ok = main("settings", "--provider", "openai", "--model", "gpt-4o-mini");

        assertThat(List.of(discovered, refused, serverError)).containsOnly(5);
        assertThat(ok).isZero();
        assertThat(server.requests()).hasSize(4).allSatisfy(r ->
                assertThat(r.header("Authorization")).contains("Bearer " + KEY));
        String stdout = read(home.resolve("home/stdout.txt"));
        String stderr = read(home.resolve("home/stderr.txt"));
        assertThat(stdout).contains("environment variable OPENAI_API_KEY");
        assertThat(stderr).contains("The key for OpenAI was refused");
        assertThat(home.resolve("home/logs")).isDirectory();
        List<Path> written;
        try (Stream<Path> files = Files.walk(home.resolve("home"))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).anyMatch(f -> f.toString().endsWith(".log") && read(f).contains("llm.failure.BAD_KEY"));
        assertThat(written).allSatisfy(f -> assertThat(read(f)).as(f.toString()).doesNotContain(KEY, "SECRET"));
    }
}
