package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ui.FxFrameScheduler;
import org.offpiste.ui.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window stays responsive while an answer streams: 200 tokens a second for 3 seconds through
 * the real pane, over a conversation of 200 messages, never hold the JavaFX thread more than 50 ms,
 * and the text reaches the screen at most once per frame.
 */
@ExtendWith(ApplicationExtension.class)
class SparringStallTest {
    static final long STALL_LIMIT_MS = 50;
    final FakeSparring sparring = new FakeSparring();
    final FxTaskExecutor executor = new FxTaskExecutor();
    SparringViewModel vm;
    static long T0;
    static final int N = Integer.getInteger("n", 100);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Conversation c = sparring.newConversation("Long one");
        for (int i = 0; i < N; i++) {
            sparring.next(FakeSparring.Script.answer("## Answer " + i + "\n\n- **point** one\n- point `two`\n\n"
                    + "A paragraph of text that wraps over a couple of lines in a pane of ordinary width, " + i));
            sparring.send(c.id(), new Turn("Question " + i, Mode.DIVERGE, null, List.of()), new ExchangeListener() {
                @Override
                public void waiting(int attempt, Duration wait, org.offpiste.llm.LlmFailure cause) {
                }

                @Override
                public void text(String delta) {
                }

                @Override
                public void ended(Message answer, org.offpiste.llm.LlmFailure failure) {
                }
            });
        }
        vm = new SparringViewModel(sparring, executor, new FxFrameScheduler(), new RecordingDialogs(),
                TechniqueLibrary.builtIn());
        stage.setScene(new Scene(new SparringView(vm, new Messages(Messages.ENGLISH), () -> { }), 900, 760));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
    }

    @Test
    void streamingAt200TokensASecondNeverStallsTheFxThread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.thread().size() == 2 * N);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            tokens.add(i % 40 == 0 ? "\n\n## Part " + i + "\n\n- " : i % 7 == 0 ? " **word" + i + "** " : "word" + i + " ");
        }
        sparring.next(FakeSparring.Script.streaming(tokens, Duration.ofMillis(5)));

        AtomicLong worst = new AtomicLong();
        AtomicInteger frames = new AtomicInteger();
        AtomicBoolean probing = new AtomicBoolean(true);
        AnimationTimer frameCounter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        };
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    long lat = System.nanoTime() - posted;
                    worst.accumulateAndGet(lat, Math::max);
                    if (lat > 30_000_000L) {
                        System.out.println("STALL " + lat / 1_000_000 + " ms at " + (posted - T0) / 1_000_000 + " updates=" + vm.textUpdatesProperty().get());
                    }
                });
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        TextArea text = robot.lookup("#composer-text").queryAs(TextArea.class);
        robot.interact(() -> {
            text.setText("Stream a long one");
            frameCounter.start();
        });
        int updatesBefore = vm.textUpdatesProperty().get();
        T0 = System.nanoTime();
        probe.start();
        Thread.sleep(1000);
        System.out.println("SEND at " + (System.nanoTime() - T0) / 1_000_000);
        robot.interact(vm::send);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> vm.thread().size() == 2 * N + 2 && !vm.runningProperty().get());
        probing.set(false);
        probe.join();
        robot.interact(frameCounter::stop);

        long stallMs = TimeUnit.NANOSECONDS.toMillis(worst.get());
        int updates = vm.textUpdatesProperty().get() - updatesBefore;
        System.out.printf("FX-stall: longest %d ms over %d frames, %d text updates for 600 tokens%n",
                stallMs, frames.get(), updates);
        assertThat(vm.thread().get(2 * N + 1).getText()).contains("word599");
        assertThat(stallMs).as("longest FX-thread stall (ms)").isLessThanOrEqualTo(STALL_LIMIT_MS);
        assertThat(updates).as("text updates vs frames").isPositive().isLessThanOrEqualTo(frames.get());
        assertThat(updates).as("coalesced: fewer updates than tokens").isLessThan(600);

        ListView<?> list = robot.lookup("#sparring-thread").queryAs(ListView.class);
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i += 10) {
            int at = i;
            robot.interact(() -> list.scrollTo(at));
        }
        long scrollMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.printf("Scrolling 200 messages in 20 jumps: %d ms%n", scrollMs);
        assertThat(scrollMs).isLessThan(4000);
    }
}
