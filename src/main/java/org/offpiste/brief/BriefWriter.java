package org.offpiste.brief;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The form's writes to the {@link BriefService}, one at a time and in the order the person made
 * them: a write that reaches the service after a newer one is dropped, so the latest text always
 * wins. Knows when the current thread is inside one of its writes, to tell the form's own saves
 * from changes made elsewhere. Any thread.
 */
final class BriefWriter {
    private final BriefService service;
    private final AtomicLong tickets = new AtomicLong();
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private long written;

    BriefWriter(BriefService service) {
        this.service = service;
    }

    /** Takes a place in the order of writes; call it when the text is taken from the form. */
    long ticket() {
        return tickets.incrementAndGet();
    }

    /** Saves {@code brief} unless a newer write already went through. */
    synchronized void save(long ticket, Brief brief) {
        if (ticket > written) {
            inside(() -> service.save(brief));
            written = ticket;
        }
    }

    /** Saves what was typed, then makes version {@code versionId} current again. */
    synchronized BriefVersion restore(long ticket, Brief typed, long versionId) {
        save(ticket, typed);
        return inside(() -> service.restore(versionId));
    }

    /** Saves what was typed, then replaces the brief by {@code brief} as a new version. */
    synchronized BriefVersion replace(long ticket, Brief typed, Brief brief) {
        save(ticket, typed);
        return inside(() -> service.replace(brief));
    }

    boolean isWriting() {
        return writing.get();
    }

    private BriefVersion inside(java.util.function.Supplier<BriefVersion> write) {
        writing.set(true);
        try {
            return write.get();
        } finally {
            writing.set(false);
        }
    }
}
