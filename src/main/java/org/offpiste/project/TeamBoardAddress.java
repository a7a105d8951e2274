package org.offpiste.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a team board lives: a PostgreSQL server, a database on it, the user to connect as and how
 * the connection is encrypted. Never holds a password: that comes from the keyring or an
 * environment variable when connecting.
 */
public record TeamBoardAddress(String host, int port, String database, String user, TlsMode tls) {
    public static final int DEFAULT_PORT = 5432;

    public TeamBoardAddress {
        Objects.requireNonNull(tls, "tls");
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank()) {
            throw new IllegalArgumentException("host, database and user are required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        host = host.strip();
        database = database.strip();
        user = user.strip();
    }

    /** How the board is named to a person: {@code user@host:port/database}. */
    public String display() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /**
     * The board as a {@link Project#path()}: {@code user@host:port/database}, so messages name it and
     * its file name is the database's name. It is not a file.
     */
    public Path asPath() {
        return Path.of(user + "@" + host + ":" + port, database);
    }
}
