package org.offpiste.project;

/** How the connection to a team board's server is encrypted: PostgreSQL's {@code sslmode} values. */
public enum TlsMode {
    DISABLE("disable"),
    PREFER("prefer"),
    REQUIRE("require"),
    VERIFY_FULL("verify-full");

    private final String sslmode;

    TlsMode(String sslmode) {
        this.sslmode = sslmode;
    }

    /** The value of the PostgreSQL driver's {@code sslmode} property. */
    public String sslmode() {
        return sslmode;
    }
}
