package org.offpiste.llm;

import org.offpiste.i18n.Localizable;

/** A failed model call that is not a stream (listing models, checking a connection). */
public final class LlmException extends RuntimeException implements Localizable {
    private final transient LlmFailure failure;

    public LlmException(LlmFailure failure, Throwable cause) {
        super(failure.kind() + " " + failure.provider() + " " + failure.host() + " " + failure.detail(), cause);
        this.failure = failure;
    }

    public LlmFailure failure() {
        return failure;
    }

    @Override
    public String messageKey() {
        return failure.messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return failure.messageArguments();
    }
}
