package org.offpiste.ideation;

/** The techniques file or one of its word lists is malformed; the message names where. */
public final class InvalidTechniqueFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTechniqueFileException(String message) {
        super(message);
    }

    public InvalidTechniqueFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
