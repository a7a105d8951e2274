package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;

/**
 * {@code offpiste ask} in its own JVM whose files may not grow past a size ({@code ulimit -f}): the
 * project file fills up while the answer arrives. The answer stays printed, and the command says in
 * one line that it is not saved, with a non-zero exit code, instead of pretending it was stored.
 */
class CliAskDiskFullProcessTest {
    @TempDir
    Path home;

    private final FakeProviderServer server = FakeProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private record Run(int code, String out, String err) {
    }

    /**
     * SQLite's native library, copied out beforehand: the driver would otherwise unpack it into the
     * temporary folder at start, a file bigger than the limit.
     */
    private Path nativeLibrary() throws IOException {
        String folder = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        Path dir = Files.createDirectories(home.resolve("native"));
        Path lib = dir.resolve("libsqlitejdbc.so");
        if (!Files.exists(lib)) {
            try (var in = org.sqlite.JDBC.class.getResourceAsStream(folder + "/libsqlitejdbc.so")) {
                assumeTrue(in != null, "no SQLite library for this system in the driver");
                Files.copy(in, lib);
            }
        }
        return lib;
    }

    private Run main(String limitKb, String... args) throws IOException, InterruptedException {
        Path lib = nativeLibrary();
        List<String> java = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.sqlite.lib.path=" + lib.getParent(), "-Dorg.sqlite.lib.name=" + lib.getFileName(),
                "-Duser.language=en", "-Djava.awt.headless=true", "org.offpiste.app.Main"));
        java.addAll(List.of(args));
        List<String> command = new ArrayList<>(List.of("bash", "-c", "ulimit -f " + limitKb + " && exec \"$@\"", "bash"));
        command.addAll(java);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OFFPISTE_HOME", home.resolve("home").toString());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Main did not finish");
        }
        return new Run(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Test
    void aProjectFileThatCannotGrowMidAnswerIsOneLineAndANonZeroExit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && !System.getProperty("os.name").startsWith("Windows"),
                "needs bash for ulimit");
        Path project = home.resolve("full.offpiste");
        assertThat(main("unlimited", "new", project.toString()).code()).isZero();
        long size = 0;
        try (var files = Files.list(home)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("full.offpiste")).toList()) {
                size += Files.size(f); // the file and its journal: opening may fold one into the other
            }
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tokens.add(("slalom " + i + " ").repeat(1200) + "\n");
        }
        String whole = String.join("", tokens);
        server.enqueue(WireFormat.OLLAMA.drip(tokens, Duration.ofMillis(10)));

        Run r = main(Long.toString(size / 1024 + 128), "ask", project.toString(), "go", "--provider", "ollama",
                "--base-url", server.url(""), "--model", "llama3.2");

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PROJECT);
        assertThat(r.out().equals(whole)).as("the whole answer stays printed: "
                + r.out().length() + " of " + whole.length() + "; " + r.err()).isTrue();
        // a file over the limit fails with EFBIG, which SQLite reports as an I/O error rather than SQLITE_FULL
        assertThat(r.err()).startsWith("Not saved: ").contains("llama3.2").endsWith(System.lineSeparator());
        assertThat(r.err().strip()).doesNotContain("\n");
    }
}
