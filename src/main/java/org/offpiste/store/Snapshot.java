package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One consistent view of a board while it is copied. A file is the process's alone (its lock is
 * held), so what it reads is consistent already; on a server, others keep writing, so the copy
 * reads in one repeatable-read, read-only transaction (which also lets the driver fetch in batches).
 */
final class Snapshot {
    private final Connection connection;
    private final boolean autoCommit;

    private Snapshot(Connection connection, boolean autoCommit) {
        this.connection = connection;
        this.autoCommit = autoCommit;
    }

    static Snapshot begin(Connection c, Dialect dialect) throws SQLException {
        if (dialect != Dialect.POSTGRES || !c.getAutoCommit()) {
            return new Snapshot(null, true);
        }
        c.setAutoCommit(false);
        Database.execute(c, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        return new Snapshot(c, true);
    }

    /** Ends the read transaction (nothing was written) and gives the connection back as it was. */
    void end() throws SQLException {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
