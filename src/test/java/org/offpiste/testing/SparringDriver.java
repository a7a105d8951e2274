package org.offpiste.testing;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.offpiste.sparring.MessageItem;
import org.offpiste.sparring.SparringViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window's sparring pane as a person does: type, Enter, wait for the answer's end. */
public final class SparringDriver {
    private final FxRobot robot;
    private final Supplier<SparringViewModel> sparring;

    public SparringDriver(FxRobot robot, Supplier<SparringViewModel> sparring) {
        this.robot = robot;
        this.sparring = sparring;
    }

    public void send(String text) {
        TextArea area = robot.lookup("#composer-text").queryAs(TextArea.class);
        robot.interact(() -> {
            area.setText(text);
            area.positionCaret(text.length());
            area.requestFocus();
        });
        robot.type(KeyCode.ENTER);
    }

    public MessageItem lastAnswer() {
        List<MessageItem> thread = sparring.get().thread();
        return thread.isEmpty() ? null : thread.get(thread.size() - 1);
    }

    public void waitForEnd() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lastAnswer() != null && lastAnswer().isAnswer()
                && !sparring.get().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
