package org.offpiste.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.offpiste.project.TeamBoardAddress;
import org.postgresql.Driver;

/**
 * Opens connections to one team board: the address's server, database and user, encryption from its
 * {@link org.offpiste.project.TlsMode}, short timeouts so that a server gone away is noticed, and the
 * client id of this open board set on each ({@code offpiste.client}, read by the live-change triggers).
 * Holds the password in memory only, for reconnecting, until {@link #forget()}; never logs it.
 */
final class PostgresConnector {
    /** Seconds to wait for the server to answer a connection attempt. */
    static final int CONNECT_TIMEOUT_S = 5;
    /** Seconds to wait when reconnecting in the middle of a call (the board is offline meanwhile). */
    static final int RECONNECT_TIMEOUT_S = 2;
    /** Seconds a call may wait for the server before the connection counts as gone. */
    static final int SOCKET_TIMEOUT_S = 30;
    private final TeamBoardAddress address;
    private final char[] password;
    private final Properties extra;
    private final String clientId;

    /**
     * {@code extra}: further driver properties (tests give each board its own schema with
     * {@code currentSchema}); they cannot replace the address's.
     */
    PostgresConnector(TeamBoardAddress address, char[] password, Properties extra, String clientId) {
        this.address = address;
        this.password = password == null ? new char[0] : password.clone();
        this.extra = new Properties();
        this.extra.putAll(extra);
        this.clientId = clientId;
    }

    TeamBoardAddress address() {
        return address;
    }

    String clientId() {
        return clientId;
    }

    /** A new connection in autocommit mode, with this board's client id set. */
    Connection open() throws SQLException {
        return open(CONNECT_TIMEOUT_S);
    }

    /** The same, giving up after {@code timeoutS} seconds when the server does not answer. */
    Connection open(int timeoutS) throws SQLException {
        Properties props = new Properties();
        props.putAll(extra);
        props.setProperty("user", address.user());
        props.setProperty("password", new String(password));
        props.setProperty("sslmode", address.tls().sslmode());
        props.setProperty("connectTimeout", String.valueOf(timeoutS));
        props.setProperty("loginTimeout", String.valueOf(2 * timeoutS));
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_S));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "Offpiste");
        // A failed statement leaves the transaction usable, as on SQLite (the driver sets a
        // savepoint before each statement, in the same round trip).
        props.setProperty("autosave", "always");
        Connection c = new Driver().connect(url(), props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + address.display(), "08001");
        }
        try (Statement s = c.createStatement()) {
            s.execute("SELECT set_config('offpiste.client', '" + clientId + "', false)");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Wipes the password from memory: no reconnect after this. */
    void forget() {
        Arrays.fill(password, '\0');
    }

    private String url() {
        String host = address.host().contains(":") && !address.host().startsWith("[")
                ? "[" + address.host() + "]" : address.host();
        return "jdbc:postgresql://" + host + ":" + address.port() + "/"
                + URLEncoder.encode(address.database(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
