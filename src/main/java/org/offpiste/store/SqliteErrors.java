package org.offpiste.store;

import org.offpiste.project.Problem;
import org.sqlite.SQLiteException;

/** Maps SQLite result codes to the problems a person is told about. */
final class SqliteErrors {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    static Problem problem(Exception e) {
        if (!(e instanceof SQLiteException)) {
            return Problem.IO;
        }
        int code = ((SQLiteException) e).getResultCode().code & 0xFF;
        switch (code) {
            case BUSY:
            case LOCKED:
                return Problem.LOCKED;
            case READONLY:
                return Problem.READ_ONLY;
            case CORRUPT:
                return Problem.CORRUPT;
            case NOTADB:
                return Problem.NOT_A_DATABASE;
            case FULL:
                return Problem.DISK_FULL;
            case CANTOPEN:
            default:
                return Problem.IO;
        }
    }
}
