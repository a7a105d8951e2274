package org.offpiste.llm;

/** What went wrong with a model call, in the terms a person can act on. */
public enum FailureKind {
    /** No key in the environment or the keyring for a provider that needs one. */
    NO_KEY(false),
    /** 401: the key was refused. */
    BAD_KEY(false),
    /** 403: the key is valid but may not use this model or endpoint. */
    FORBIDDEN(false),
    /** 404 or the server's "model not found": the model name is wrong or the model is not installed. */
    UNKNOWN_MODEL(false),
    /** 400 and other 4xx: the server refused the request (the detail says why). */
    BAD_REQUEST(false),
    /** 429 after the retries. */
    RATE_LIMITED(true),
    /** 5xx after the retries. */
    SERVER_ERROR(true),
    /** The host name does not resolve. */
    DNS(false),
    /** Nothing listens at that address and port. */
    REFUSED(false),
    /** The host did not answer the connection in time (down, firewalled, wrong network). */
    UNREACHABLE(false),
    /** Connected, but the response headers never arrived in time. */
    NO_HEADERS(false),
    /** The answer started, then nothing arrived for the idle time. */
    STALLED(false),
    /** The server ended the stream before the model had finished. */
    CLOSED_EARLY(false),
    /** The connection was reset or broken in the middle of the answer. */
    RESET(false),
    /** The stream held data that is not the provider's format. */
    MALFORMED(false),
    /** The model finished without a word. */
    EMPTY(false),
    /** The answer hit the model's length limit. */
    LENGTH(false),
    /** Anything else; the detail says what. */
    OTHER(false),
    /** The answer arrived but could not be written to the project: the disk is full. */
    DISK_FULL(false),
    /** The answer arrived but could not be written to the project file (locked, read-only, gone…). */
    NOT_SAVED(false);

    private final boolean retriedAutomatically;

    FailureKind(boolean retriedAutomatically) {
        this.retriedAutomatically = retriedAutomatically;
    }

    /** True when the project, not the model, failed: the answer is on screen but not (all) in the file. */
    public boolean notSaved() {
        return this == DISK_FULL || this == NOT_SAVED;
    }

    /** True for the failures the provider retries by itself, with backoff, before giving up. */
    public boolean retriedAutomatically() {
        return retriedAutomatically;
    }
}
