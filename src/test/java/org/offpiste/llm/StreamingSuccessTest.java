package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.llm.fake.RecordedRequest;
import org.offpiste.llm.fake.WireFormat;

class StreamingSuccessTest extends ProviderTestBase {

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anAnswerStreamsTokenByTokenAndCompletes(WireFormat format) throws Exception {
        server.enqueue(format.reply(tokens("Hel", "lo", ", wor", "ld ✓")));

        RecordingEvents events = ask(format);
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(outcome.text()).isEqualTo("Hello, world ✓");
        assertThat(events.deltas).containsExactly("Hel", "lo", ", wor", "ld ✓");
        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(format.streamPath(MODEL));
        assertThat(sent.body()).contains("Ideas for a bakery?").contains("You are a sparring partner.");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aHundredThousandCharacterAnswerArrivesIntact(WireFormat format) throws Exception {
        List<String> pieces = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2100; i++) {
            String piece = String.format("%05d %s\n", i, "é\"\\ line of a long answer, forty-two chars".substring(0, 42));
            pieces.add(piece);
            expected.append(piece);
        }
        assertThat(expected.length()).isGreaterThanOrEqualTo(100_000);
        server.enqueue(format.reply(pieces));

        Outcome outcome = ask(format).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(outcome.text()).isEqualTo(expected.toString());
    }

    @Test
    void aSlowDripOfOneTokenASecondCompletesInEveryFormat() throws Exception {
        timeouts = FAST.withIdle(Duration.ofMillis(1500));
        Map<WireFormat, RecordingEvents> calls = new EnumMap<>(WireFormat.class);
        for (WireFormat format : WireFormat.values()) {
            server.enqueue(format.streamPath(MODEL), format.drip(tokens("slow", " drip"), Duration.ofSeconds(1)));
            calls.put(format, ask(format));
        }

        for (RecordingEvents events : calls.values()) {
            Outcome outcome = events.awaitEnd();
            assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
            assertThat(outcome.text()).isEqualTo("slow drip");
            assertThat(events.deltas).containsExactly("slow", " drip");
        }
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anEmptyAnswerFailsAsEmpty(WireFormat format) throws Exception {
        server.enqueue(format.reply(List.of()));

        Outcome outcome = ask(format).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.EMPTY);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theLengthLimitEndsTheAnswerAsIncomplete(WireFormat format) throws Exception {
        server.enqueue(format.partial(tokens("cut ", "short")).chunk(format.finishLength()));

        Outcome outcome = ask(format).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.LENGTH);
        assertThat(outcome.text()).isEqualTo("cut short");
    }

    @Test
    void anOllamaThatSendsNoDoneReasonStillCompletes() throws Exception {
        String done = WireFormat.OLLAMA.finish().replace("\"done_reason\":\"stop\",", "");
        server.enqueue(WireFormat.OLLAMA.partial(tokens("old", " ollama")).chunk(done));

        Outcome outcome = ask(WireFormat.OLLAMA).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(outcome.text()).isEqualTo("old ollama");
    }
}
