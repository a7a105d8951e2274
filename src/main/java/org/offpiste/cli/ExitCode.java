package org.offpiste.cli;

/** The process exit codes of the command line. */
final class ExitCode {
    static final int OK = 0;
    /** Anything unexpected. */
    static final int FAILURE = 1;
    /** The command was written wrongly (unknown option, bad status, sort or format). */
    static final int USAGE = 2;
    /** The project file is missing, damaged, locked, read-only… */
    static final int PROJECT = 3;
    /** A brief or CSV file to read is missing, unreadable or malformed. */
    static final int INPUT = 4;
    /** The model's server does not answer, refuses the key, or does not offer the model. */
    static final int MODEL = 5;

    private ExitCode() {
    }
}
