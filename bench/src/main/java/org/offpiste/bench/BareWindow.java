package org.offpiste.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX window, started the way Offpiste
 * starts (a plain main and {@code Platform.startup}), that prints {@code first-frame-ms=} (since
 * the process started) after its first pulse, then exits.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long started = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
                System.out.println("first-frame-ms=" + (System.currentTimeMillis() - started));
                System.out.flush();
                Platform.runLater(() -> {
                    Platform.exit();
                    System.exit(0);
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        });
    }
}
