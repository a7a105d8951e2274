package org.offpiste.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for the team board benchmark. The tests' {@code store/PostgresServer}
 * does the same for them, but the harness is built from bench/ and main sources only (Maven profile
 * "bench") and cannot see test sources, so it keeps this copy; it differs on purpose in durability (see
 * below) and in making a board's role with psql. Made with the machine's {@code initdb}
 * and {@code pg_ctl} (Debian's {@code /usr/lib/postgresql/N/bin}, or {@code OFFPISTE_PG_BIN}) in a
 * temporary folder, listening on 127.0.0.1 on a free port, with password (SCRAM) authentication over
 * TCP and PostgreSQL's default durability (fsync on, synchronous commits), as a team's server has it.
 * Run as root, the server runs as the {@code postgres} user (PostgreSQL refuses root).
 */
final class BenchServer implements AutoCloseable {
    private static final String SUPERUSER = "postgres";
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgres;

    private BenchServer(Path bin, Path dir, int port, boolean asPostgres) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The folder of {@code initdb} and {@code pg_ctl}, if PostgreSQL is installed. */
    static Optional<Path> binaries() {
        String given = System.getenv("OFFPISTE_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(p -> Files.isExecutable(p.resolve("initdb")));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(BenchServer::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.chars().allMatch(Character::isDigit) ? Integer.parseInt(name) : 0;
    }

    /** Creates and starts a new server; {@code close()} stops it and deletes its files. */
    static BenchServer start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("offpiste-pg");
        BenchServer server = new BenchServer(bin, dir, freePort(), root);
        try {
            if (root) {
                server.run(List.of("chown", "postgres", dir.toString()), false);
            }
            Path pw = dir.resolve("superuser.pw");
            Files.writeString(pw, "offpiste-su\n", StandardCharsets.UTF_8);
            if (root) {
                server.run(List.of("chown", "postgres", pw.toString()), false);
            }
            server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", SUPERUSER,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + pw, "-E", "UTF8",
                    "--locale=C", "--no-sync"), true);
            server.start();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    private Path data() {
        return dir.resolve("data");
    }

    /** Starts the server (again), waiting until it accepts connections. */
    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c max_connections=200", "start"), true);
    }

    /** Stops the server as an administrator would restart it: connections are ended, work in flight rolled back. */
    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                true);
    }

    /**
     * Creates a database owned by a new login role with this password (the role may do nothing
     * else), as a team's administrator would for a board.
     */
    void createBoard(String database, String user, String password) throws IOException, InterruptedException {
        psql("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        psql("CREATE DATABASE " + database + " OWNER " + user);
    }

    /** Runs one statement as the superuser, over the server's Unix socket. */
    void psql(String sql) throws IOException, InterruptedException {
        run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", dir.toString(),
                "-p", Integer.toString(port), "-U", SUPERUSER, "-d", "postgres", "-c", sql), true);
    }

    private void run(List<String> command, boolean asServer) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServer && asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("offpiste-pg", ".out");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", full));
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed (" + p.exitValue() + "): "
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Stops the server at once and deletes its files. */
    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"),
                        true);
            }
        } catch (IOException e) {
            // Already stopped: nothing to end.
            assert e.getMessage() != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
            assert e.getMessage() != null;
        }
    }
}
