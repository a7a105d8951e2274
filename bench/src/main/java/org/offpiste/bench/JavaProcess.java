package org.offpiste.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts a Java main in a new JVM with this JVM's class path (the program's jar and its lib/
 * folder, as the launcher does) and the display chosen by {@link Display}; reads its output.
 */
final class JavaProcess implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final long startedNanos;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final java.util.Deque<String> tail = new java.util.concurrent.ConcurrentLinkedDeque<>();

    private JavaProcess(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        Thread reader = new Thread(this::pump, "bench-output");
        reader.setDaemon(true);
        reader.start();
    }

    static JavaProcess start(String mainClass, List<String> jvmOptions, List<String> args, Path home)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Display.current().jvmOptions());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        java.nio.file.Files.createDirectories(home);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("OFFPISTE_HOME", home.toString());
        long t0 = System.nanoTime();
        return new JavaProcess(pb.start(), t0);
    }

    /** The exit code when the process has ended, else empty. */
    java.util.OptionalInt exitCode() {
        return process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** The last lines it printed (for a failure's explanation). */
    String lastLines() {
        return String.join(" | ", tail);
    }

    /** CPU time used so far by all the process's threads (user + system, from /proc), or -1 where unknown. */
    double cpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for a line starting with {@code prefix}; returns it with the ms since the start, or null on timeout or exit. */
    Timed awaitLine(String prefix, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                return null;
            }
            if (line.startsWith(prefix)) {
                return new Timed(line.substring(prefix.length()).trim(), (System.nanoTime() - startedNanos) / 1e6);
            }
        }
    }

    double millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    /** Waits for the process to end by itself; ends it if it does not within the timeout. Returns its exit code or -1. */
    int awaitExit(long timeoutMs) throws InterruptedException {
        if (process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        close();
        return -1;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                tail.addLast(line);
                if (tail.size() > 3) {
                    tail.pollFirst();
                }
            }
        } catch (IOException e) {
            lines.add("bench: " + e.getMessage());
        }
        lines.add(EOF);
    }

    /** A value read from the output, and when it was read. */
    record Timed(String value, double wallMs) {
    }
}
