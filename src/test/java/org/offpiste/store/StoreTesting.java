package org.offpiste.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;

/**
 * Helpers for store tests: the project factory and a look inside an open project.
 *
 * <p>{@link #files()} hands out project files on SQLite, or, with {@code -Doffpiste.test.backend=postgres},
 * team boards on the test PostgreSQL server (one schema per path: see {@link PostgresProjectFiles}), so
 * the same store tests run on both. Tests that only make sense for a SQLite file (its header, corruption,
 * the write-ahead log, PRAGMAs, crash safety, file locking, query plans) are tagged {@code @Tag("file")}
 * and left out of the PostgreSQL run.
 */
final class StoreTesting {
    /** The tag of tests about the SQLite file itself. */
    static final String FILE = "file";

    private StoreTesting() {
    }

    /** Project files of the backend under test, with the real clock. */
    static ProjectFiles files() {
        return files(Clock.systemUTC());
    }

    static ProjectFiles files(Clock clock) {
        return PostgresTesting.backendIsPostgres() ? new PostgresProjectFiles(clock) : new SqliteProjectFiles(clock);
    }

    static Database db(Project p) {
        return ((SqlProject) p).database();
    }

    /** The SQLite database of a project file (for the tests of the file itself). */
    static SqliteDatabase file(Project p) {
        return (SqliteDatabase) db(p);
    }

    /** The first column of the first row of {@code sql}, as text. */
    static String scalar(Project p, String sql) {
        return db(p).read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
