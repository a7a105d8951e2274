package org.offpiste.teamboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BoardClient} in a JVM of its own, started with the test JVM's java and class path; the test
 * talks to it a line at a time. Its standard error goes to a file, quoted when an answer does not come.
 */
final class ClientProcess implements AutoCloseable {
    private static final String END = "\u0000end";
    private final String name;
    private final Process process;
    private final PrintStream in;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    private ClientProcess(String name, Process process, Path errors) {
        this.name = name;
        this.process = process;
        this.errors = errors;
        this.in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        reader.execute(this::read);
    }

    /** Starts a client of {@code board}; call {@link #awaitReady} before the first command. */
    static ClientProcess start(String name, Board board, Path dir) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), BoardClient.class.getName(),
                board.host(), Integer.toString(board.port()), board.database(), board.user(), name);
        pb.environment().put(BoardClient.PASSWORD_ENV, board.password());
        Path errors = dir.resolve(name + ".err");
        pb.redirectError(errors.toFile());
        return new ClientProcess(name, pb.start(), errors);
    }

    String name() {
        return name;
    }

    void awaitReady(Duration timeout) {
        expect("ready", timeout);
    }

    void send(String command) {
        in.println(command);
    }

    /** The next line; it must start with {@code prefix}. */
    String expect(String prefix, Duration timeout) {
        String line = next(timeout);
        if (!line.startsWith(prefix)) {
            throw new AssertionError(name + ": expected '" + prefix + "…', got '" + line + "'" + diagnosis());
        }
        return line;
    }

    /** Sends a command and returns its one-line answer, which must start with {@code prefix}. */
    String ask(String command, String prefix, Duration timeout) {
        send(command);
        return expect(prefix, timeout);
    }

    /** Lines up to and including the first that starts with {@code last}. */
    List<String> until(String last, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> out = new ArrayList<>();
        while (true) {
            String line = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            out.add(line);
            if (line.startsWith(last)) {
                return out;
            }
        }
    }

    private String next(Duration timeout) {
        String line;
        try {
            line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(name + ": interrupted", e);
        }
        if (line == null) {
            throw new AssertionError(name + ": no answer within " + timeout.toMillis() + " ms" + diagnosis());
        }
        if (line.equals(END)) {
            lines.add(END);
            throw new AssertionError(name + ": the client ended" + diagnosis());
        }
        return line;
    }

    private String diagnosis() {
        try {
            String err = Files.exists(errors) ? Files.readString(errors, StandardCharsets.UTF_8) : "";
            return err.isBlank() ? "" : "\n" + name + " stderr:\n" + err.substring(Math.max(0, err.length() - 4000));
        } catch (IOException e) {
            return "";
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process ended: END says so below.
            assert e.getMessage() != null;
        } finally {
            lines.add(END);
        }
    }

    /** Asks the client to quit, then ends it if it does not. */
    @Override
    public void close() {
        try {
            in.println("quit");
            in.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            reader.shutdownNow();
        }
    }

    /** Where a team board is and how to log in to it. */
    record Board(String host, int port, String database, String user, String password) {
    }
}
