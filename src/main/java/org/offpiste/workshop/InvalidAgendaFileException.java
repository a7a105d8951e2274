package org.offpiste.workshop;

/** An agenda templates file that cannot be read: broken JSON, a bad block, or a newer format. */
public final class InvalidAgendaFileException extends RuntimeException {
    public InvalidAgendaFileException(String message) {
        super(message);
    }

    public InvalidAgendaFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
