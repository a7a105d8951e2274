package org.offpiste.store;

import org.offpiste.project.Project;

/**
 * Makes an open project's disk "full" for tests outside the store: SQLite's {@code max_page_count}
 * on the project's own connection, so that any write that needs a new page fails with SQLITE_FULL.
 */
public final class DiskSpace {
    private DiskSpace() {
    }

    /** From now on the file may not grow: a write that needs one more page fails as on a full disk. */
    public static void fillUp(Project project) {
        SqliteDatabase db = StoreTesting.file(project);
        db.maxPageCount(db.pageCount());
    }

    /** Space again. */
    public static void free(Project project) {
        StoreTesting.file(project).maxPageCount(1_000_000_000L);
    }
}
