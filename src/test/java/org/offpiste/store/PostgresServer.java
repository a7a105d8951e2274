package org.offpiste.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.postgresql.Driver;

/**
 * A throwaway PostgreSQL server for tests, run from the binaries found on this machine
 * ({@code /usr/lib/postgresql/<n>/bin}, or {@code initdb} and {@code pg_ctl} on the PATH): a new
 * cluster under /tmp (as the {@code postgres} user when running as root, since the server refuses
 * root), listening on 127.0.0.1 at a free port with its socket in its own folder, fsync off. It has a
 * role {@link #USER} (password login, no superuser, owner of the database {@link #DATABASE}).
 * {@link #stop()} and {@link #start()} take it down and up again on the same port with the same data
 * (for tests of a server going away); {@link #destroy()} stops it and deletes its folder.
 */
public final class PostgresServer {
    public static final String DATABASE = "offpiste";
    public static final String USER = "offpiste_test";
    private static final long WAIT_S = 60;
    private final Path bin;
    private final Path base;
    private final int port;
    private final char[] password;
    private final char[] superPassword;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path base, int port, char[] password, char[] superPassword, boolean asPostgres) {
        this.bin = bin;
        this.base = base;
        this.port = port;
        this.password = password;
        this.superPassword = superPassword;
        this.asPostgres = asPostgres;
    }

    /** The folder holding initdb, pg_ctl and postgres, if this machine has PostgreSQL's server. */
    public static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                dirs.map(d -> d.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
            } catch (IOException e) {
                // Nothing to list: the PATH may still have the binaries.
                assert e.getMessage() != null;
            }
        }
        for (String dir : String.valueOf(System.getenv("PATH")).split(":")) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir));
            }
        }
        return candidates.stream().filter(d -> Files.isExecutable(d.resolve("initdb"))
                && Files.isExecutable(d.resolve("pg_ctl"))).findFirst().map(PostgresServer::real);
    }

    /** Makes and starts a new cluster; fails (IllegalStateException) with the reason when it cannot. */
    public static PostgresServer startNew() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries on this machine"));
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path base = Files.createTempDirectory(Path.of("/tmp"), "offpiste-pg-");
            if (root) {
                ownedByPostgres(base);
            }
            PostgresServer server = new PostgresServer(bin, base, freePort(), secret(), secret(), root);
            server.initialize();
            server.start();
            server.createRole();
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start a throwaway PostgreSQL server: " + e.getMessage(), e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The password of {@link #USER} (a copy). */
    public char[] password() {
        return password.clone();
    }

    /** A JDBC URL with the user and password of {@link #USER}, as {@code OFFPISTE_TEST_PG_URL} would be. */
    public String url() {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + DATABASE + "?user=" + USER + "&password="
                + new String(password) + "&sslmode=disable";
    }

    /** Starts the server (again), on the same port with the same data. */
    public void start() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", base.resolve("log").toString(),
                "-w", "-t", String.valueOf(WAIT_S), "-o", "-p " + port + " -c listen_addresses=127.0.0.1"
                        + " -c unix_socket_directories=" + base + " -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=200",
                "start"));
    }

    /** Stops the server at once (fast shutdown: open connections are ended). */
    public void stop() throws IOException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "-t",
                String.valueOf(WAIT_S), "stop"));
    }

    /** Stops the server if it runs and deletes its folder. */
    public void destroy() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                stop();
            }
        } catch (IOException e) {
            // Deleting the folder below is all that is left to do.
            assert e.getMessage() != null;
        }
        try (Stream<Path> all = Files.walk(base)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover folder in /tmp is harmless.
            assert e.getMessage() != null;
        }
    }

    private void initialize() throws IOException {
        Path pwfile = base.resolve("pw");
        Files.writeString(pwfile, new String(superPassword) + "\n", StandardCharsets.UTF_8);
        if (asPostgres) {
            ownedByPostgres(pwfile);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", "postgres", "--pwfile=" + pwfile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N"));
        Files.delete(pwfile);
    }

    private void createRole() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("password", new String(superPassword));
        props.setProperty("sslmode", "disable");
        try (Connection c = new Driver().connect("jdbc:postgresql://" + host() + ":" + port + "/postgres", props);
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + new String(password) + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
    }

    private Path data() {
        return base.resolve("data");
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path out = base.resolve("commands.log");
        Process p = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        try {
            if (!p.waitFor(2 * WAIT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command.subList(0, 1)) + " failed (" + p.exitValue() + "): "
                    + tail(out) + tail(base.resolve("log")));
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())) + "\n";
        } catch (IOException e) {
            return "";
        }
    }

    private static void ownedByPostgres(Path p) throws IOException {
        UserPrincipalLookupService users = p.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName("postgres"));
        GroupPrincipal group = users.lookupPrincipalByGroupName("postgres");
        view.setGroup(group);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static char[] secret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toCharArray();
    }

    private static Path real(Path p) {
        try {
            return p.resolve("initdb").toRealPath().getParent();
        } catch (IOException e) {
            return p;
        }
    }
}
