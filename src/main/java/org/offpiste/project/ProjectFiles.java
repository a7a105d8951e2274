package org.offpiste.project;

import java.nio.file.Path;

/** Creates and opens project files. Implemented by the store; throws {@link ProjectException}. */
public interface ProjectFiles {

    /** The file extension, with its dot. */
    String EXTENSION = ".offpiste";

    /** Creates a new, empty project; fails with ALREADY_EXISTS if the file exists. */
    Project create(Path file);

    /**
     * Opens an existing project, migrating its schema if it is older. A file that is not a
     * healthy Offpiste project is refused and never modified.
     */
    Project open(Path file);
}
