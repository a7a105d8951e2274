package org.offpiste.llm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells the observer whenever bytes arrive, so the watchdog knows the stream is alive. */
final class ActivityInputStream extends FilterInputStream {
    private final WireObserver observer;

    ActivityInputStream(InputStream in, WireObserver observer) {
        super(in);
        this.observer = observer;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            observer.onActivity();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            observer.onActivity();
        }
        return n;
    }
}
