package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.llm.fake.RecordedRequest;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;

/** Stop closes the connection and keeps the text; a key is sent where it belongs and nowhere else. */
class StopAndKeyTest extends ProviderTestBase {

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void stopMidStreamKeepsThePartialTextAndClosesTheConnection(WireFormat format) throws Exception {
        timeouts = FAST.withIdle(Duration.ofSeconds(20));
        server.enqueue(format.partial(tokens("first", " words")).chunk(Duration.ofSeconds(10), format.token(" late"))
                .thenStall());
        RecordingEvents events = new RecordingEvents();
        StreamingCall call = provider.stream(request(settings(format)), events);
        awaitText(events, "first words");

        call.stop();

        assertThat(call.isDone()).isTrue();
        Outcome outcome = events.awaitEnd(Duration.ofSeconds(2));
        assertThat(outcome.ending()).isEqualTo(Ending.STOPPED);
        assertThat(outcome.text()).isEqualTo("first words");
        assertThat(outcome.failure()).isNull();
        assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void stopBeforeTheHeadersClosesTheConnectionToo() throws Exception {
        server.enqueue(Reply.silent());
        RecordingEvents events = new RecordingEvents();
        StreamingCall call = provider.stream(request(settings(WireFormat.OLLAMA)), events);
        server.lastConnection();

        call.stop();
        call.stop();

        assertThat(events.awaitEnd(Duration.ofSeconds(2)).ending()).isEqualTo(Ending.STOPPED);
        assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
    }

    @Test
    void stopWhileWaitingToRetryEndsAtOnceWithoutAnotherRequest() throws Exception {
        server.enqueue(WireFormat.OPENAI.error(429, "later").header("Retry-After", "1"));
        RecordingEvents events = new RecordingEvents();
        StreamingCall call = provider.stream(request(settings(WireFormat.OPENAI)), events);
        for (int i = 0; i < 200 && events.waits.isEmpty(); i++) {
            Thread.sleep(5);
        }

        call.stop();

        assertThat(events.awaitEnd(Duration.ofSeconds(2)).ending()).isEqualTo(Ending.STOPPED);
        Thread.sleep(1200);
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theKeyIsSentInAHeaderAndNeverAppearsInAFailureOrTheLog(WireFormat format) throws Exception {
        server.enqueue(format.error(401, "Incorrect API key provided: " + KEY + ". Find yours at https://example.com")
                .header("Retry-After", "0"));

        try (LogCapture logs = new LogCapture(Level.ALL)) {
            Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(5));

            assertThat(outcome.failure().kind()).isEqualTo(FailureKind.BAD_KEY);
            assertThat(outcome.failure().detail()).contains("Incorrect API key provided").doesNotContain(KEY)
                    .doesNotContain("Secr3t");
            assertThat(String.join(" ", List.of(outcome.failure().messageArguments()).toString())).doesNotContain(KEY);
            assertThat(new LlmException(outcome.failure(), null).getMessage()).doesNotContain(KEY);
            assertThat(logs.text()).doesNotContain(KEY).doesNotContain("Secr3t");
        }
        RecordedRequest sent = server.requests().get(0);
        assertThat(sent.target()).doesNotContain(KEY);
        assertThat(sent.body()).doesNotContain(KEY);
        String header = switch (format) {
            case OPENAI -> "authorization";
            case ANTHROPIC -> "x-api-key";
            case GEMINI -> "x-goog-api-key";
            case OLLAMA -> null;
        };
        if (header != null) {
            assertThat(sent.header(header).orElseThrow()).endsWith(KEY);
        }
    }

    @Test
    void aKeyEchoedInAStreamErrorIsRedactedToo() throws Exception {
        server.enqueue(Reply.stream("text/event-stream").chunk("event: error\ndata: {\"type\":\"error\",\"error\":"
                + "{\"type\":\"authentication_error\",\"message\":\"bad key " + KEY + "\"}}\n\n"));

        Outcome outcome = ask(WireFormat.ANTHROPIC).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().detail()).contains("bad key").doesNotContain(KEY);
    }

    private static void awaitText(RecordingEvents events, String text) throws InterruptedException {
        for (int i = 0; i < 400 && !String.join("", events.deltas).equals(text); i++) {
            Thread.sleep(5);
        }
        assertThat(String.join("", events.deltas)).isEqualTo(text);
    }

    @Test
    void closingTheProviderStopsTheAnswersStillRunning() throws Exception {
        server.enqueue(WireFormat.OLLAMA.partial(tokens("still", " running")).thenStall());
        RecordingEvents events = new RecordingEvents();
        provider.stream(request(settings(WireFormat.OLLAMA)), events);
        awaitText(events, "still running");

        provider.close();

        Outcome outcome = events.awaitEnd(Duration.ofSeconds(2));
        assertThat(outcome.ending()).isEqualTo(Ending.STOPPED);
        assertThat(outcome.text()).isEqualTo("still running");
        assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
    }
}
