package org.offpiste.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.offpiste.project.TeamBoardAddress;
import org.offpiste.project.TlsMode;
import org.postgresql.Driver;

/**
 * The PostgreSQL server of the tests and fresh boards on it. The server is the one named by
 * {@value #URL_VARIABLE} (a JDBC URL with the user and password of a role that may create schemas,
 * e.g. the owner of the database) when set; otherwise a throwaway server started once per JVM from
 * the PostgreSQL binaries of this machine ({@link PostgresServer}) and stopped at exit. When there is
 * neither, a test asking for a board is skipped with the reason, or fails when
 * {@value #REQUIRED_VARIABLE}{@code =1} (as in CI).
 *
 * <p>Each {@link #board()} is a new, empty schema of the server's database: connect to it with
 * {@link PostgresTestBoard#open()} or through {@link PostgresTestBoard#teamBoards()}; close it to drop it.
 * Schemas left by a test are dropped at exit too.
 */
public final class PostgresTesting {
    public static final String URL_VARIABLE = "OFFPISTE_TEST_PG_URL";
    public static final String REQUIRED_VARIABLE = "OFFPISTE_TEST_PG_REQUIRED";
    /** System property: {@code postgres} makes the store tests' project factory hand out team boards. */
    public static final String BACKEND_PROPERTY = "offpiste.test.backend";
    /** Every schema this JVM makes starts so: {@code offpiste_t<random>_}. */
    static final String PREFIX = "offpiste_t" + random(4) + "_";

    private PostgresTesting() {
    }

    /** True when the store tests run on PostgreSQL ({@code -Doffpiste.test.backend=postgres}). */
    public static boolean backendIsPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(BACKEND_PROPERTY, ""));
    }

    /** True when a missing server fails the tests instead of skipping them. */
    public static boolean required() {
        return "1".equals(System.getenv(REQUIRED_VARIABLE));
    }

    /** A new, empty schema on the test server; skips (or fails, see above) when there is no server. */
    public static PostgresTestBoard board() {
        return board(PREFIX + random(6));
    }

    /** Skips (or fails) the calling test when there is no server; returns the server otherwise. */
    public static Target target() {
        Shared shared = Shared.INSTANCE;
        if (shared.target == null) {
            if (required()) {
                Assertions.fail("PostgreSQL is required (" + REQUIRED_VARIABLE + "=1): " + shared.reason);
            }
            Assumptions.abort("no PostgreSQL server for the tests: " + shared.reason);
        }
        return shared.target;
    }

    /**
     * A server of the calling test's own, to stop and start ({@link PostgresServer#stop()},
     * {@link PostgresServer#start()}); the test destroys it ({@link PostgresServer#destroy()}). Skips
     * the test (or fails it when required) when this machine has no PostgreSQL binaries.
     */
    public static PostgresServer ownServer() {
        if (PostgresServer.binaries().isEmpty()) {
            if (required()) {
                Assertions.fail("PostgreSQL binaries are required (" + REQUIRED_VARIABLE + "=1) for a server to stop and start");
            }
            Assumptions.abort("no PostgreSQL binaries to start a server of the test's own");
        }
        return PostgresServer.startNew();
    }

    static PostgresTestBoard board(String schema) {
        Target target = target();
        try (Connection c = target.connect(null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not make the test schema " + schema + ": " + e.getMessage(), e);
        }
        return new PostgresTestBoard(target, schema);
    }

    static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static boolean schemaExists(String schema) {
        try (Connection c = target().connect(null);
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Where the test server is and who to connect as. */
    public record Target(String host, int port, String database, String user, char[] password, TlsMode tls) {
        /** The address a board on this server has (the schema is not part of an address). */
        public TeamBoardAddress address() {
            return new TeamBoardAddress(host, port, database, user, tls);
        }

        /** A plain JDBC connection as the test role, in {@code schema} when not null. */
        public Connection connect(String schema) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", new String(password));
            props.setProperty("sslmode", tls.sslmode());
            if (schema != null) {
                props.setProperty("currentSchema", schema);
            }
            return new Driver().connect("jdbc:postgresql://" + host + ":" + port + "/" + database, props);
        }

        static Target parse(String url) {
            Properties p = Driver.parseURL(url, new Properties());
            if (p == null) {
                throw new IllegalArgumentException(URL_VARIABLE + " is not a PostgreSQL JDBC URL");
            }
            String sslmode = p.getProperty("sslmode", "disable");
            TlsMode tls = TlsMode.PREFER;
            for (TlsMode m : TlsMode.values()) {
                if (m.sslmode().equals(sslmode)) {
                    tls = m;
                }
            }
            return new Target(p.getProperty("PGHOST", "localhost").split(",")[0],
                    Integer.parseInt(p.getProperty("PGPORT", "5432").split(",")[0]), p.getProperty("PGDBNAME"),
                    p.getProperty("user", System.getProperty("user.name")), p.getProperty("password", "").toCharArray(),
                    tls);
        }
    }

    /** The server of this JVM's tests, found or started at first use; cleaned up at exit. */
    private static final class Shared {
        static final Shared INSTANCE = new Shared();
        final Target target;
        final String reason;

        private Shared() {
            Target found = null;
            String why = null;
            String url = System.getenv(URL_VARIABLE);
            if (url != null && !url.isBlank()) {
                found = Target.parse(url.strip());
            } else if (PostgresServer.binaries().isEmpty()) {
                why = URL_VARIABLE + " is not set and no PostgreSQL binaries were found"
                        + " (/usr/lib/postgresql/*/bin or initdb and pg_ctl on the PATH)";
            } else {
                try {
                    PostgresServer server = PostgresServer.startNew();
                    Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "offpiste-test-postgres"));
                    found = Target.parse(server.url());
                } catch (IllegalStateException e) {
                    why = e.getMessage();
                }
            }
            this.target = found;
            this.reason = why;
            if (found != null && url != null) {
                Target t = found;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropLeftovers(t), "offpiste-test-schemas"));
            }
        }

        private static void dropLeftovers(Target target) {
            try (Connection c = target.connect(null)) {
                List<String> schemas = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname LIKE ?")) {
                    ps.setString(1, PREFIX + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            schemas.add(rs.getString(1));
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    for (String schema : schemas) {
                        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                }
            } catch (SQLException e) {
                // The server is gone already: nothing to clean.
                assert e.getMessage() != null;
            }
        }
    }
}
