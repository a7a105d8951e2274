package org.offpiste.ui;

/**
 * Coalesces work to at most one run per frame. A view model that receives many small updates
 * on background threads (tokens of a streaming answer) asks for a frame; however many times it
 * asks before the frame comes, its action runs once, on the UI thread.
 */
public interface FrameScheduler {

    /**
     * Returns a request handle for {@code onFrame}: calling {@link Request#request()} (from any
     * thread) makes {@code onFrame} run once on the UI thread at the next frame.
     */
    Request coalescing(Runnable onFrame);

    /** Asks for one run of the action at the next frame; thread-safe and cheap. */
    interface Request {
        void request();
    }
}
