package org.offpiste.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.offpiste.ui.Pulses;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX window, started the way Offpiste
 * starts (a plain main and {@code Platform.startup}) and measured the way Offpiste measures its
 * own (the same {@link Pulses#afterNextFrame} and clock), prints {@code first-frame-ms=} and exits.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            Pulses.afterNextFrame(scene, () -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first-frame-ms=" + ms);
                System.out.flush();
                System.exit(0);
            });
        });
    }
}
