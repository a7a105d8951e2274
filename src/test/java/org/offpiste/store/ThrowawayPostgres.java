package org.offpiste.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start again (the server going
 * away). Made with the binaries of PostgreSQL 15 in a temporary folder; as root, run as the
 * {@code postgres} user. Without the binaries the test is skipped, unless OFFPISTE_TEST_PG_REQUIRED=1.
 */
final class ThrowawayPostgres implements AutoCloseable {
    static final Path BIN = Path.of(System.getenv().getOrDefault("OFFPISTE_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean root;

    private ThrowawayPostgres(Path folder, int port, boolean root) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.root = root;
    }

    /** A new, running server with trust authentication on 127.0.0.1. */
    static ThrowawayPostgres start() throws IOException, InterruptedException {
        boolean present = Files.isExecutable(BIN.resolve("initdb"));
        if (!"1".equals(System.getenv("OFFPISTE_TEST_PG_REQUIRED"))) {
            assumeTrue(present, "no PostgreSQL binaries in " + BIN);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory("offpiste-pg");
        if (root) {
            run(false, "chown", "postgres", folder.toString());
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(folder, freePort(), root);
        pg.command(BIN.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", "postgres", "--auth=trust",
                "--no-sync");
        pg.startAgain();
        return pg;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&connectTimeout=2&socketTimeout=10";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** The server goes away at once (connections are cut). */
    void stop() throws IOException, InterruptedException {
        command(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    void startAgain() throws IOException, InterruptedException {
        command(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", folder.resolve("log").toString(),
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            command(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
        } catch (IOException e) {
            // Already stopped.
            assert e.getMessage() != null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void command(String... args) throws IOException, InterruptedException {
        run(root, args);
    }

    private static void run(boolean asPostgres, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
