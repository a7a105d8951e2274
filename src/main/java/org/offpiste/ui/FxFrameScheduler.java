package org.offpiste.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Runs coalesced work on the JavaFX thread in step with the frames: an {@link AnimationTimer}
 * started for the next pulse, which stops itself once it has run the action. At most one
 * hand-off to the FX thread per frame, never one per update.
 */
public final class FxFrameScheduler implements FrameScheduler {

    @Override
    public Request coalescing(Runnable onFrame) {
        AtomicBoolean pending = new AtomicBoolean();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                pending.set(false);
                onFrame.run();
            }
        };
        return () -> {
            if (pending.compareAndSet(false, true)) {
                if (Platform.isFxApplicationThread()) {
                    timer.start();
                } else {
                    Platform.runLater(timer::start);
                }
            }
        };
    }
}
