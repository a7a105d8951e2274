package org.offpiste.project;

/** Boards on a PostgreSQL server, shared by a team. */
public interface TeamBoards {
    /**
     * Connects to the board at {@code address}, setting up or migrating its schema first (an empty
     * database becomes an empty board). Refuses a board written by a newer Offpiste
     * ({@link Problem#NEWER_VERSION}), an unreachable server ({@link Problem#UNREACHABLE}) and a
     * refused password ({@link Problem#AUTH_FAILED}), as {@link ProjectException}s.
     */
    Project connect(TeamBoardAddress address, char[] password);

    /**
     * Copies everything in {@code source} to the board at {@code address}, which must be empty
     * (no ideas, briefs or conversations: {@link Problem#ALREADY_EXISTS} otherwise), and returns
     * the board, open. The source stays open and untouched.
     */
    Project publish(Project source, TeamBoardAddress address, char[] password);
}
