package org.offpiste.project;

/**
 * Tells an open project about changes it did not make itself: other people's writes to a team
 * board, and the team board's server going away and coming back. A project file on this machine
 * has no other writer: its feed never calls back ({@link #NONE}).
 */
public interface BoardFeed {
    BoardFeed NONE = listener -> () -> { };

    /** Starts calling {@code listener} (from a background thread) until the returned handle is closed. */
    Subscription subscribe(Listener listener);

    interface Listener {
        /** Someone else changed the board; read it again. Bursts may be reported once. */
        void changed();

        /** The server went away ({@code false}: the board is read-only) or came back ({@code true}). */
        default void connection(boolean online) {
        }
    }

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
