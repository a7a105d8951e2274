package org.offpiste.store;

import java.nio.file.Path;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectFiles;

/** Project files as SQLite databases. (Being written by the store work stream.) */
public final class SqliteProjectFiles implements ProjectFiles {
    @Override
    public Project create(Path file) {
        throw new UnsupportedOperationException("store not written yet");
    }

    @Override
    public Project open(Path file) {
        throw new UnsupportedOperationException("store not written yet");
    }
}
