package org.offpiste.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * For tests: requests wait for {@link #frame()}, which runs each pending action once, as a
 * frame would. With {@code immediate}, every request runs at once on the caller's thread.
 */
public final class DirectFrameScheduler implements FrameScheduler {
    private final boolean immediate;
    private final List<Runnable> pending = new ArrayList<>();

    public DirectFrameScheduler(boolean immediate) {
        this.immediate = immediate;
    }

    @Override
    public synchronized Request coalescing(Runnable onFrame) {
        return () -> {
            if (immediate) {
                onFrame.run();
                return;
            }
            synchronized (this) {
                if (!pending.contains(onFrame)) {
                    pending.add(onFrame);
                }
            }
        };
    }

    /** Runs the actions requested since the last frame, each once. */
    public void frame() {
        List<Runnable> due;
        synchronized (this) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(Runnable::run);
    }
}
