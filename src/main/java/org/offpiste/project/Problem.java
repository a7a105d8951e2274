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
    IO,
    /** A team board's server cannot be reached (down, wrong host or port, refused, TLS failed). */
    UNREACHABLE,
    /** The team board's server refused the user name or password. */
    AUTH_FAILED,
    /** The team board's server went away while the board was open: it is read-only until it is back. */
    OFFLINE,
    /** Someone else changed the same thing at the same time; nothing was overwritten. */
    CONFLICT
}
