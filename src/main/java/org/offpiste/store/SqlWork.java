package org.offpiste.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the project's connection, run by {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
