package org.offpiste.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once a frame has been drawn: after the second layout pulse from now. */
public final class Pulses {
    private Pulses() {
    }

    /** Calls {@code action} on the JavaFX thread once the scene's next frame is on screen. */
    public static void afterNextFrame(Scene scene, Runnable action) {
        int[] pulses = {0};
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            pulses[0]++;
            if (pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }
}
