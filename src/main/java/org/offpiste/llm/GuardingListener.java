package org.offpiste.llm;

import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;

/**
 * Stands between the parser and the provider's listener: a chunk the listener cannot read is
 * reported to the call (never logged with a stack trace), and errors caused by our own cancel
 * are swallowed.
 */
final class GuardingListener implements ServerSentEventListener {
    private final ServerSentEventListener delegate;
    private final CallHandle handle;
    private volatile boolean failed;

    GuardingListener(ServerSentEventListener delegate, CallHandle handle) {
        this.delegate = delegate;
        this.handle = handle;
    }

    boolean failed() {
        return failed;
    }

    @Override
    public void onOpen(SuccessfulHttpResponse response) {
        delegate.onOpen(response);
    }

    @Override
    public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
        if (handle.cancelled()) {
            return;
        }
        try {
            delegate.onEvent(event, context);
        } catch (RuntimeException unreadable) {
            failed = true;
            handle.observer().onMalformed(unreadable);
        }
    }

    @Override
    public void onEvent(ServerSentEvent event) {
        if (handle.cancelled()) {
            return;
        }
        try {
            delegate.onEvent(event);
        } catch (RuntimeException unreadable) {
            failed = true;
            handle.observer().onMalformed(unreadable);
        }
    }

    @Override
    public void onError(Throwable error) {
        failed = true;
        if (!handle.cancelled()) {
            delegate.onError(error);
        }
    }

    @Override
    public void onClose() {
        delegate.onClose();
    }
}
