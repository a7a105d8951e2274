package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;

/** Stop, the watchdog and the stream's own ending race each other: every answer still ends exactly once. */
class EndsOnceTest extends ProviderTestBase {

    @Test
    void racingStopWatchdogAndCompletionEndEveryAnswerExactlyOnce() throws Exception {
        timeouts = new LlmTimeouts(Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofMillis(15), 2,
                Duration.ofMillis(5), Duration.ofMillis(10));
        Random random = new Random(42);
        WireFormat[] formats = WireFormat.values();
        List<RecordingEvents> all = new ArrayList<>();
        List<StreamingCall> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            WireFormat format = formats[i % formats.length];
            Reply reply = Reply.stream(format.contentType()).chunk(format.start());
            for (int t = 0; t < 30; t++) {
                reply = reply.chunk(Duration.ofMillis(random.nextInt(3)), format.token("t" + t + " "));
            }
            server.enqueue(format.streamPath(MODEL), reply.chunk(format.finish()));
            RecordingEvents events = new RecordingEvents();
            all.add(events);
            calls.add(provider.stream(request(settings(format)), events));
        }
        for (StreamingCall call : calls) {
            Thread.sleep(random.nextInt(4));
            if (random.nextBoolean()) {
                call.stop();
            }
        }

        for (RecordingEvents events : all) {
            Outcome outcome = events.awaitEnd(Duration.ofSeconds(10));
            assertThat(outcome.text()).matches("(t\\d+ )*");
        }
        assertThat(calls).allMatch(StreamingCall::isDone);
    }
}
