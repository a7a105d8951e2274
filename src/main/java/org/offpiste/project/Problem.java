package org.offpiste.project;

/**
 * Why a project file could not be opened or written. Each has a message in the
 * {@code project} resource bundle under {@code project.problem.<name>} with {0} = the path.
 */
public enum Problem {
    NOT_FOUND,
    MISSING_FOLDER,
    ALREADY_EXISTS,
    NOT_A_DATABASE,
    NOT_OFFPISTE,
    TRUNCATED,
    CORRUPT,
    NEWER_VERSION,
    LOCKED,
    READ_ONLY,
    DISK_FULL,
    IO
}
