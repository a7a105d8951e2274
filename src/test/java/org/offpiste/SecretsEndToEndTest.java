package org.offpiste;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;

/**
 * The promise, end to end: "a key never appears in a project file, a log, an exception
 * message shown to the person, an export or the command line's output". The real program runs in
 * child JVMs with four keys that look like no known key (so only knowing the values can hide them)
 * against servers that echo the key back in every way they can; then every byte the program wrote,
 * and everything it printed, is searched for each key (as UTF-8, UTF-16, lower and upper case).
 */
class SecretsEndToEndTest {
    private static final Map<String, String> KEYS = Map.of(
            "OPENAI_API_KEY", "Zq9xPLAINkey7788",
            "ANTHROPIC_API_KEY", "Wv3plainANTHkey55",
            "GEMINI_API_KEY", "Hh7plainGEMkey21",
            "OPENAI_COMPATIBLE_API_KEY", "Kk2plainCOMPkey90");
    private static final String OPENAI = KEYS.get("OPENAI_API_KEY");
    private static final String ANTHROPIC = KEYS.get("ANTHROPIC_API_KEY");
    private static final String GEMINI = KEYS.get("GEMINI_API_KEY");
    private static final String COMPATIBLE = KEYS.get("OPENAI_COMPATIBLE_API_KEY");
    private static final String MODEL = "m1";

    @TempDir
    Path home;
    @TempDir
    Path projects;

    private final FakeProviderServer openai = FakeProviderServer.start();
    private final FakeProviderServer anthropic = FakeProviderServer.start();
    private final FakeProviderServer gemini = FakeProviderServer.start();
    private final FakeProviderServer compatible = FakeProviderServer.start();
    private final Map<String, byte[]> printed = new LinkedHashMap<>();

    @AfterEach
    void stop() {
        openai.close();
        anthropic.close();
        gemini.close();
        compatible.close();
    }

    private int main(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Duser.language=en", "-Djava.awt.headless=true", "org.offpiste.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OFFPISTE_HOME", home.toString());
        pb.environment().putAll(KEYS);
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Main did not finish: " + args[0]);
        }
        String run = printed.size() / 2 + " " + String.join(" ", args);
        printed.put("stdout of " + run, out.join());
        printed.put("stderr of " + run, err.join());
        return p.exitValue();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String err() {
        List<byte[]> all = new ArrayList<>(printed.values());
        return new String(all.get(all.size() - 1), StandardCharsets.UTF_8);
    }

    private String out() {
        List<byte[]> all = new ArrayList<>(printed.values());
        return new String(all.get(all.size() - 2), StandardCharsets.UTF_8);
    }

    private static Path sampleBrief() throws URISyntaxException {
        return Path.of(SecretsEndToEndTest.class.getResource("/org/offpiste/brief/samples/museum-late.md").toURI());
    }

    private static String sse(String json) {
        return "data: " + json + "\n\n";
    }

    @Test
    void noKeyIsInAnyFileTheProgramWroteNorInAnythingItPrinted() throws Exception {
        Path project = projects.resolve("P.offpiste");
        assertThat(main("new", project.toString(), "--brief", sampleBrief().toString())).isZero();
        assertThat(main("add", project.toString(), "--title", "Fossil pub quiz")).isZero();

        // OpenAI refuses the key and quotes it back
        openai.enqueue("/v1/chat/completions", WireFormat.OPENAI.error(401,
                "Incorrect API key provided: " + OPENAI + ". You can find your API key at https://platform.openai.com"));
        assertThat(main("ask", project.toString(), "go", "--provider", "openai", "--base-url", openai.url("/v1"),
                "--model", MODEL)).isEqualTo(5);
        assertThat(err()).contains("The key for OpenAI was refused").contains("Incorrect API key provided: •••");

        // OpenAI streams a few words, then an error event quoting the key
        openai.enqueue("/v1/chat/completions", Reply.stream(WireFormat.OPENAI.contentType())
                .chunk(WireFormat.OPENAI.token("Moon "))
                .chunk(WireFormat.OPENAI.token("slalom"))
                .chunk(sse("{\"error\":{\"message\":\"key " + OPENAI + " over quota; Authorization: Bearer " + OPENAI
                        + "\",\"type\":\"server_error\"}}")));
        assertThat(main("ask", project.toString(), "again", "--provider", "openai", "--base-url", openai.url("/v1"),
                "--model", MODEL)).isEqualTo(5);
        assertThat(out()).startsWith("Moon slalom");

        // Anthropic: a 4xx quoting the key
        anthropic.enqueue("/v1/messages", WireFormat.ANTHROPIC.error(400, "x-api-key " + ANTHROPIC + " is not valid here"));
        assertThat(main("ask", project.toString(), "go", "--provider", "anthropic", "--base-url",
                anthropic.url("/v1"), "--model", MODEL)).isEqualTo(5);
        assertThat(err()).contains("Anthropic");

        // Gemini: a 5xx quoting the key, on every try
        gemini.route("POST", WireFormat.GEMINI.streamPath(MODEL), WireFormat.GEMINI.error(500,
                "internal error for key=" + GEMINI + " (" + GEMINI + ")").header("Retry-After", "0"));
        assertThat(main("ask", project.toString(), "go", "--provider", "gemini", "--base-url",
                gemini.url("/v1beta"), "--model", MODEL)).isEqualTo(5);
        assertThat(err()).contains("Gemini had a problem on its side");

        // An OpenAI-compatible server that cuts the stream
        compatible.enqueue("/v1/chat/completions", WireFormat.OPENAI.partial(List.of("Half ", "an answer"))
                .chunk(Duration.ofMillis(300), "").thenAbort()); // the words are read before the cut
        assertThat(main("ask", project.toString(), "go", "--provider", "openai-compatible", "--base-url",
                compatible.url("/v1"), "--model", MODEL)).isEqualTo(5);
        assertThat(out()).startsWith("Half an answer");

        // settings, for each provider, against servers that echo the key
        openai.route("GET", "/v1/models", WireFormat.OPENAI.error(401, "Incorrect API key provided: " + OPENAI));
        anthropic.route("GET", "/v1/models", WireFormat.ANTHROPIC.modelListReply(List.of(MODEL, ANTHROPIC)));
        gemini.route("GET", "/v1beta/models", Reply.json(500, "<html><title>Error for key=" + GEMINI
                + " " + GEMINI + "</title></html>"));
        compatible.route("GET", "/v1/models", WireFormat.OPENAI.error(403, "key " + COMPATIBLE + " may not list"));
        assertThat(main("settings", "--provider", "openai", "--base-url", openai.url("/v1"), "--model", MODEL))
                .isEqualTo(5);
        assertThat(main("settings", "--provider", "anthropic", "--base-url", anthropic.url("/v1"), "--model", MODEL))
                .isZero();
        assertThat(main("settings", "--provider", "gemini", "--base-url", gemini.url("/v1beta"), "--model", MODEL))
                .isEqualTo(5);
        assertThat(main("settings", "--provider", "openai-compatible", "--base-url", compatible.url("/v1"),
                "--model", MODEL)).isEqualTo(5);

        // exports, to files in the project's folder
        for (String format : List.of("json", "md", "csv")) {
            assertThat(main("export", project.toString(), "--format", format, "--output",
                    projects.resolve("export." + format).toString())).isZero();
        }

        // the keys did go to the servers (so the test proves something)
        assertThat(openai.requests().get(0).header("Authorization")).contains("Bearer " + OPENAI);
        assertThat(anthropic.requests().get(0).header("x-api-key")).contains(ANTHROPIC);
        assertThat(gemini.requests().get(0).header("x-goog-api-key")).contains(GEMINI);
        assertThat(compatible.requests().get(0).header("Authorization")).contains("Bearer " + COMPATIBLE);

        Map<String, byte[]> everything = new LinkedHashMap<>(printed);
        for (Path dir : List.of(home, projects)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    everything.put(f.toString(), Files.readAllBytes(f));
                }
            }
        }
        assertThat(everything.keySet()).anyMatch(name -> name.endsWith(".log"))
                .anyMatch(name -> name.endsWith("P.offpiste")).anyMatch(name -> name.endsWith("export.csv"));
        List<String> leaks = new ArrayList<>();
        everything.forEach((name, bytes) -> {
            for (String key : KEYS.values()) {
                for (String form : List.of(key, key.toLowerCase(Locale.ROOT), key.toUpperCase(Locale.ROOT))) {
                    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        if (indexOf(bytes, form.getBytes(cs)) >= 0) {
                            leaks.add(name + " holds " + form + " in " + cs);
                        }
                    }
                }
            }
        });
        assertThat(leaks).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
