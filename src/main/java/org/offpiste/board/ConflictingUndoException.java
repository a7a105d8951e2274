package org.offpiste.board;

/**
 * Undo or redo refused: someone else has changed an idea the action would write over since it was
 * done here. Nothing was changed; the action stays where it was.
 */
public final class ConflictingUndoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConflictingUndoException(long ideaId) {
        super("Idea " + ideaId + " was changed elsewhere since this action");
    }
}
