package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.text.Text;
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
 * A very long answer (100,000 characters of Markdown: headings, paragraphs, lists) streamed through
 * the real pane arrives whole, is painted to its last words, and never holds the JavaFX thread
 * long: each frame lays out the new words, not the whole answer.
 */
@ExtendWith(ApplicationExtension.class)
class SparringLongAnswerTest {
    static final int LENGTH = 100_000;
    static final long STALL_LIMIT_MS = SparringStallTest.STALL_LIMIT_MS;
    final FakeSparring sparring = new FakeSparring();
    final FxTaskExecutor executor = new FxTaskExecutor();
    SparringViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        sparring.newConversation("Long answer");
        vm = new SparringViewModel(sparring, executor, new FxFrameScheduler(), new RecordingDialogs(),
                TechniqueLibrary.builtIn());
        stage.setScene(new Scene(new SparringView(vm, new Messages(Messages.ENGLISH), () -> { }), 900, 760));
        stage.sizeToScene(); // the primary stage is shared: a size left by an earlier test must not crop this scene
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        executor.shutdown(Duration.ofSeconds(2));
        FxToolkit.cleanupStages();
    }

    /** About 100,000 characters in tokens of a few words, ending with "the very last words". */
    static List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < LENGTH - 40; i++) {
            String token = i % 400 == 0 ? "## Part " + i + "\n\n"
                    : i % 97 == 0 ? "\n\n- a **point** number " + i + "\n- and `another`\n\n"
                    : i % 13 == 0 ? "paragraph " + i + " ends here.\n\n"
                    : "some words of text " + i + ", ";
            tokens.add(token);
            length += token.length();
        }
        tokens.add("and so the answer closes with the very last words");
        return tokens;
    }

    @Test
    void aHundredThousandCharacterAnswerArrivesWholeWithoutFreezingTheWindow(FxRobot robot) throws Exception {
        List<String> tokens = tokens();
        String expected = String.join("", tokens);
        assertThat(expected.length()).isBetween(LENGTH - 100, LENGTH + 100);
        // A conversation under way (the list has made its cells), so that the measure is of streaming the
        // long answer, not of a first message in a new window or of code run for the first time.
        for (int k = 1; k <= 3; k++) {
            sparring.next(FakeSparring.Script.streaming(List.of("# Warm", " up\n\n- a\n- **b**\n\ntext " + k),
                    Duration.ofMillis(10)));
            String question = "Warm up " + k;
            robot.interact(() -> {
                vm.composer().textProperty().set(question);
                vm.send();
            });
            int size = 2 * k;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.thread().size() == size && !vm.runningProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        sparring.next(FakeSparring.Script.streaming(tokens, Duration.ofMillis(1)));

        long[] fxThread = new long[1];
        robot.interact(() -> fxThread[0] = Thread.currentThread().getId());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong worst = new AtomicLong();
        AtomicLong worstBusy = new AtomicLong();
        AtomicBoolean probing = new AtomicBoolean(true);
        java.util.Map<Integer, Long> busiest = new java.util.concurrent.ConcurrentSkipListMap<>();
        long t0 = System.nanoTime();
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                long cpuAtPost = cpu.getThreadCpuTime(fxThread[0]);
                Platform.runLater(() -> {
                    long lat = System.nanoTime() - posted;
                    worst.accumulateAndGet(lat, Math::max);
                    long busy = Math.min(lat, cpu.getThreadCpuTime(fxThread[0]) - cpuAtPost);
                    worstBusy.accumulateAndGet(busy, Math::max);
                    int second = (int) ((posted - t0) / 1_000_000_000L);
                    busiest.merge(second, busy / 1_000_000, Math::max);
                });
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        probe.start();
        long cpuAtStart = cpu.getThreadCpuTime(fxThread[0]);
        robot.interact(() -> {
            vm.composer().textProperty().set("Tell me everything");
            vm.send();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.thread().size() == 8 && !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        probing.set(false);
        probe.join();
        double share = (cpu.getThreadCpuTime(fxThread[0]) - cpuAtStart) * 100.0 / (System.nanoTime() - t0);

        MessageItem answer = vm.thread().get(7);
        assertThat(answer.getStatus()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(answer.getText()).isEqualTo(expected);
        MarkdownFlow body = robot.lookup("#message-body-" + answer.id()).queryAs(MarkdownFlow.class);
        String[] painted = new String[2];
        robot.interact(() -> {
            painted[0] = body.text();
            List<Text> runs = body.runs();
            painted[1] = runs.get(runs.size() - 1).getText();
        });
        assertThat(painted[0]).endsWith("the very last words").contains("Part 400").hasSizeGreaterThan(LENGTH - 5_000);
        assertThat(painted[1]).endsWith("the very last words");

        long stallMs = TimeUnit.NANOSECONDS.toMillis(worst.get());
        long busyMs = TimeUnit.NANOSECONDS.toMillis(worstBusy.get());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf("Long answer: %d characters; longest FX wait %d ms (FX thread busy %d ms of it); load %.1f%n",
                expected.length(), stallMs, busyMs, load);
        System.out.printf("Long answer: FX thread CPU %.0f%% of the time (probe included); longest FX-busy time in each"
                + " second (ms): %s%n", share, busiest);
        assertThat(busyMs).as("longest FX-thread stall (ms of FX-thread CPU)").isLessThanOrEqualTo(STALL_LIMIT_MS);
        // The wall clock also counts GC pauses, and this fake copies the whole answer for each of its
        // 2,000 tokens (200 MB of garbage in 5 s): twice the limit, on a machine not busy with other work.
        if (load >= 0 && load < Runtime.getRuntime().availableProcessors()) {
            assertThat(stallMs).as("longest FX-thread stall (ms of wall-clock time)").isLessThanOrEqualTo(2 * STALL_LIMIT_MS);
        }
    }
}
