package org.offpiste.board;

/** What the board pane shows: derived in {@link BoardViewModel}, bound by the view. */
public enum BoardScreenState {
    /** The first query has not answered yet. */
    LOADING,
    /** The project has no idea at all. */
    EMPTY,
    /** There are ideas, but none matches the search and filters. */
    NO_MATCH,
    /** Ideas to show. */
    READY
}
