package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.offpiste.capture.Capture;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.ui.FrameScheduler;

/** Captured ideas reach the screen with the text, at most once per frame, however fast they come. */
class CapturedIdeasCoalescingTest {
    final Frames frames = new Frames();
    final AtomicInteger updates = new AtomicInteger();
    final StreamFollower follower = new StreamFollower(new DirectTaskExecutor(), frames, updates::incrementAndGet,
            f -> { });
    final MessageItem item = new MessageItem(new Message(2, 1, 1L, Message.Role.ASSISTANT, "", MessageStatus.STREAMING,
            Instant.now(), Instant.now(), null, null), 1, 1);
    final List<Integer> sizes = new ArrayList<>();

    CapturedIdeasCoalescingTest() {
        follower.attach(item);
        item.captured().items().addListener((ListChangeListener<Capture>) c -> sizes.add(c.getList().size()));
    }

    @Test
    void aBurstOfCapturedIdeasAndTextIsOneScreenUpdateAtTheNextFrame() throws Exception {
        Thread burst = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                follower.text("x");
                follower.captured(capture(i));
            }
        });
        burst.start();
        burst.join();
        assertThat(sizes).isEmpty(); // nothing moves between frames
        assertThat(item.captured().items()).isEmpty();

        frames.tick();
        assertThat(sizes).containsExactly(200);
        assertThat(item.getText()).hasSize(200);
        assertThat(updates.get()).isEqualTo(1);

        follower.captured(capture(200));
        follower.captured(capture(201));
        frames.tick();
        frames.tick(); // a frame with nothing new changes nothing
        assertThat(sizes).containsExactly(200, 202);
        assertThat(updates.get()).isEqualTo(2);
    }

    @Test
    void whileIdeasKeepComingThereIsNeverMoreThanOneUpdatePerFrame() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 3000; i++) {
                follower.captured(capture(i));
                if (i % 7 == 0) {
                    follower.text("y");
                }
            }
            done.set(true);
        });
        producer.start();
        int ticks = 0;
        while (!done.get()) {
            synchronized (this) {
                frames.tick();
            }
            ticks++;
        }
        producer.join();
        frames.tick();
        ticks++;
        assertThat(item.captured().items()).hasSize(3000);
        assertThat(sizes.size()).isLessThanOrEqualTo(ticks);
        assertThat(updates.get()).isLessThanOrEqualTo(ticks);
        assertThat(sizes).isSorted();
    }

    static Capture capture(int i) {
        return new Capture(i + 1, 2, i, "Idea " + i, "", "", 100L + i, null, null);
    }

    /** Frames the test runs by hand: each request is remembered until the next tick. */
    static final class Frames implements FrameScheduler {
        private final List<Runnable> actions = new ArrayList<>();
        private final List<AtomicBoolean> asked = new ArrayList<>();

        @Override
        public synchronized Request coalescing(Runnable onFrame) {
            AtomicBoolean flag = new AtomicBoolean();
            actions.add(onFrame);
            asked.add(flag);
            return () -> flag.set(true);
        }

        synchronized void tick() {
            for (int i = 0; i < actions.size(); i++) {
                if (asked.get(i).getAndSet(false)) {
                    actions.get(i).run();
                }
            }
        }
    }
}
