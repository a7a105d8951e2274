package org.offpiste.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.offpiste.project.Problem;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a PostgreSQL failure means: the server gone (the board turns {@link Problem#OFFLINE}), never
 * reached, a refused password, a race to try again, or a broken rule of the schema. A broken rule
 * is handed to the stores as SQLite reports it (error code 19, SQLITE_CONSTRAINT, and a message
 * naming the kind of constraint and {@code table.column}), so the store code catching it is the
 * same for both.
 */
final class PostgresErrors {
    /** SQLite's SQLITE_CONSTRAINT result code, which the stores recognise. */
    static final int SQLITE_CONSTRAINT = 19;
    private static final String CONNECTION_CLASS = "08";
    private static final String CONSTRAINT_CLASS = "23";

    private PostgresErrors() {
    }

    /** The server went away or the connection broke: the board is offline until a reconnect works. */
    static boolean connectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && (state.startsWith(CONNECTION_CLASS) || state.equals("57P01")
                        || state.equals("57P02") || state.equals("57P03"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A serialization failure or a deadlock: the whole transaction may simply be run again. */
    static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state);
    }

    /** Why connecting failed, for the person: unreachable server or refused credentials. */
    static Problem atConnect(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("28000")) {
            return Problem.AUTH_FAILED;
        }
        if (state.equals("3D000")) {
            return Problem.NOT_FOUND;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return Problem.UNREACHABLE;
            }
        }
        if (connectionLost(e)) {
            return Problem.UNREACHABLE;
        }
        return Problem.IO;
    }

    /** What a failure while the board is open means for the person. */
    static Problem whileOpen(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (connectionLost(e)) {
            return Problem.OFFLINE;
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return Problem.AUTH_FAILED;
        }
        if (state.equals("25006") || state.equals("42501")) {
            return Problem.READ_ONLY;
        }
        if (state.equals("53100")) {
            return Problem.DISK_FULL;
        }
        if (retryable(e)) {
            return Problem.CONFLICT;
        }
        return Problem.IO;
    }

    /**
     * A broken rule (SQLState class 23) as SQLite words it, keeping the SQLState and the original
     * as its cause; any other failure unchanged.
     */
    static SQLException asStoreSees(SQLException e) {
        String state = e.getSQLState();
        if (state == null || !state.startsWith(CONSTRAINT_CLASS) || e.getErrorCode() == SQLITE_CONSTRAINT) {
            return e;
        }
        SQLException cause = e.getNextException() instanceof PSQLException ? e.getNextException() : e;
        ServerErrorMessage server = cause instanceof PSQLException ? ((PSQLException) cause).getServerErrorMessage() : null;
        String table = server == null || server.getTable() == null ? "" : server.getTable();
        String text = server == null || server.getMessage() == null ? String.valueOf(e.getMessage()) : server.getMessage();
        String what;
        switch (state) {
            case "23505":
                what = "UNIQUE constraint failed: " + columns(table, server == null ? null : server.getDetail());
                break;
            case "23503":
                what = "FOREIGN KEY constraint failed";
                break;
            case "23502":
                what = "NOT NULL constraint failed: " + table + "." + (server == null ? "" : server.getColumn());
                break;
            default:
                what = "CONSTRAINT failed";
                break;
        }
        SQLException out = new SQLException("[CONSTRAINT] " + what + " (" + text + ")", state, SQLITE_CONSTRAINT, e);
        out.setNextException(e.getNextException());
        return out;
    }

    /** {@code table.a, table.b} from a detail such as {@code Key (round_id, lower(voter))=(1, ann) already exists.} */
    static String columns(String table, String detail) {
        if (detail == null || !detail.startsWith("Key (")) {
            return table;
        }
        int end = detail.indexOf(")=(");
        if (end < 0) {
            return table;
        }
        StringBuilder out = new StringBuilder();
        for (String column : detail.substring("Key (".length(), end).split(",")) {
            // lower(name), or as the board's indexes have it: lower((name)::text COLLATE "C")
            String name = column.strip().replaceAll("^lower\\(\\(*([A-Za-z_][A-Za-z_0-9]*)\\)*(::text)?( COLLATE \"C\")?\\)$", "$1");
            out.append(out.length() == 0 ? "" : ", ").append(table).append('.').append(name);
        }
        return out.toString();
    }
}
