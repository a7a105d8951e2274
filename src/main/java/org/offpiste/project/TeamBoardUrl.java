package org.offpiste.project;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A team board's address written as a URL, the way PostgreSQL tools write one:
 * {@code postgresql://user@host:port/database?sslmode=require}. Never with a password: a URL
 * holding one is refused, since URLs end up in shell histories, settings and logs.
 */
public final class TeamBoardUrl {
    private static final String SCHEME = "postgresql";

    private TeamBoardUrl() {
    }

    /** True when {@code text} is written as a board URL ({@code postgresql://} or {@code postgres://}). */
    public static boolean looksLikeOne(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql:/") || t.startsWith("postgres:/");
    }

    /** The address in {@code text}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static TeamBoardAddress parse(String text) {
        String t = text.strip();
        // A URL that went through a file path (postgresql:/user@host/db) lost one slash: put it back.
        t = t.replaceFirst("^(?i)(postgres(?:ql)?):/(?!/)", "$1://");
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a board URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(SCHEME) && !scheme.equals("postgres")) {
            throw new IllegalArgumentException("a board URL starts with postgresql://");
        }
        String user = uri.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new IllegalArgumentException("a board URL never holds a password");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || user == null || user.isBlank() || path.isBlank()) {
            throw new IllegalArgumentException("a board URL needs a user, a host and a database: "
                    + "postgresql://user@host:port/database");
        }
        int port = uri.getPort() < 0 ? TeamBoardAddress.DEFAULT_PORT : uri.getPort();
        return new TeamBoardAddress(uri.getHost(), port, path, user, tls(uri.getQuery()));
    }

    /** {@code address} as a URL, with its TLS mode. */
    public static String format(TeamBoardAddress address) {
        try {
            return new URI(SCHEME, address.user(), address.host(), address.port(), "/" + address.database(),
                    "sslmode=" + address.tls().sslmode(), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + address.display() + " as a URL", e);
        }
    }

    /** The TLS mode named by {@code sslmode=} (PostgreSQL's own default, prefer, without one). */
    private static TlsMode tls(String query) {
        if (query == null) {
            return TlsMode.PREFER;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sslmode=")) {
                return mode(pair.substring("sslmode=".length()));
            }
        }
        return TlsMode.PREFER;
    }

    /** The mode by its {@code sslmode} name ({@code require}) or its own ({@code verify_full}), any case. */
    public static TlsMode mode(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TlsMode m : TlsMode.values()) {
            if (m.sslmode().equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown TLS mode " + name + " (disable, prefer, require, verify-full)");
    }
}
