package org.offpiste.llm;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;

/**
 * The exchange in flight for one call: what to cancel and close when the call is stopped or its
 * watchdog fires. Once cancelled, whatever is attached later is cancelled at once.
 */
final class CallHandle {
    private final WireObserver observer;
    private Future<?> exchange;
    private InputStream body;
    private boolean cancelled;

    CallHandle(WireObserver observer) {
        this.observer = observer;
    }

    WireObserver observer() {
        return observer;
    }

    void attach(Future<?> newExchange) {
        boolean cancelNow;
        synchronized (this) {
            exchange = newExchange;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            newExchange.cancel(true);
        }
    }

    void attach(InputStream newBody) {
        boolean closeNow;
        synchronized (this) {
            body = newBody;
            closeNow = cancelled;
        }
        if (closeNow) {
            closeQuietly(newBody);
        }
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    /** Cancels the exchange and closes its body: the connection closes. */
    void cancel() {
        Future<?> toCancel;
        InputStream toClose;
        synchronized (this) {
            cancelled = true;
            toCancel = exchange;
            toClose = body;
        }
        if (toCancel != null) {
            toCancel.cancel(true);
        }
        if (toClose != null) {
            closeQuietly(toClose);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing on purpose: nothing to report
        }
    }
}
