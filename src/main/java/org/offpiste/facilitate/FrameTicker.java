package org.offpiste.facilitate;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Calls the workshop's {@code tick} once per frame while {@code node} is in a showing window, so
 * the countdown's text follows the clock (it changes at most once a second); stops otherwise.
 */
final class FrameTicker extends AnimationTimer {
    private final Runnable tick;
    private Subscription showing = Subscription.EMPTY;

    private FrameTicker(Runnable tick) {
        this.tick = tick;
    }

    static FrameTicker attach(Node node, Runnable tick) {
        FrameTicker ticker = new FrameTicker(tick);
        ticker.showing = node.sceneProperty().flatMap(s -> s.windowProperty()).flatMap(w -> w.showingProperty()).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        ticker.start();
                    } else {
                        ticker.stop();
                    }
                });
        return ticker;
    }

    /** Stops for good. */
    void dispose() {
        showing.unsubscribe();
        stop();
    }

    @Override
    public void handle(long now) {
        tick.run();
    }
}
