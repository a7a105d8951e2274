package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;

/** 429 and 5xx are retried with backoff before any text; everything else the person must fix is not. */
class RetryAndRefusalTest extends ProviderTestBase {

    @Test
    void a429WithRetryAfterIsRetriedAfterTheWaitItAsksForThenSucceedsInEveryFormat() throws Exception {
        Map<WireFormat, RecordingEvents> calls = new EnumMap<>(WireFormat.class);
        for (WireFormat format : WireFormat.values()) {
            String path = format.streamPath(MODEL);
            server.enqueue(path, format.error(429, "slow down").header("Retry-After", "1"));
            server.enqueue(path, format.reply(tokens("after", " the wait")));
            calls.put(format, ask(format));
        }

        for (Map.Entry<WireFormat, RecordingEvents> call : calls.entrySet()) {
            RecordingEvents events = call.getValue();
            Outcome outcome = events.awaitEnd();
            assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
            assertThat(outcome.text()).isEqualTo("after the wait");
            assertThat(events.waits).singleElement().satisfies(w -> {
                assertThat(w.attempt()).isEqualTo(2);
                assertThat(w.delay()).isEqualTo(Duration.ofSeconds(1));
                assertThat(w.cause().kind()).isEqualTo(FailureKind.RATE_LIMITED);
            });
            List<FakeProviderServer.Connection> tries = server.connections().stream()
                    .filter(c -> c.request() != null && c.request().path().equals(call.getKey().streamPath(MODEL))).toList();
            assertThat(tries).hasSize(2);
            assertThat(Duration.ofNanos(tries.get(1).acceptedAtNanos() - tries.get(0).acceptedAtNanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    static Stream<Arguments> exhausted() {
        return Stream.of(WireFormat.values()).flatMap(f -> Stream.of(
                Arguments.of(f, 429, FailureKind.RATE_LIMITED),
                Arguments.of(f, 503, FailureKind.SERVER_ERROR),
                Arguments.of(f, 500, FailureKind.SERVER_ERROR)));
    }

    @ParameterizedTest
    @MethodSource("exhausted")
    void retriesStopAfterMaxAttemptsWithDoublingWaits(WireFormat format, int status, FailureKind kind) throws Exception {
        for (int i = 0; i < 5; i++) {
            server.enqueue(format.error(status, "busy"));
        }

        RecordingEvents events = ask(format);
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(kind);
        assertThat(outcome.failure().detail()).contains(Integer.toString(status)).contains("busy");
        assertThat(server.requests()).hasSize(FAST.maxAttempts());
        assertThat(events.waits).extracting(RecordingEvents.Waiting::attempt).containsExactly(2, 3);
        assertThat(events.waits).extracting(RecordingEvents.Waiting::delay)
                .containsExactly(Duration.ofMillis(30), Duration.ofMillis(60));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(WireFormat.values()).flatMap(f -> Stream.of(
                Arguments.of(f, 401, FailureKind.BAD_KEY),
                Arguments.of(f, 403, FailureKind.FORBIDDEN),
                Arguments.of(f, 404, FailureKind.UNKNOWN_MODEL),
                Arguments.of(f, 400, FailureKind.BAD_REQUEST)));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusalFailsWithItsKindAfterExactlyOneRequest(WireFormat format, int status, FailureKind kind) throws Exception {
        server.enqueue(format.error(status, "refused on purpose"));
        server.enqueue(format.reply(tokens("never", " asked")));

        RecordingEvents events = ask(format);
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(kind);
        assertThat(outcome.failure().detail()).isEqualTo(status + " refused on purpose");
        assertThat(outcome.failure().host()).isEqualTo("127.0.0.1:" + server.port());
        assertThat(outcome.failure().model()).isEqualTo(MODEL);
        assertThat(events.waits).isEmpty();
        Thread.sleep(100);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void ollamasModelNotFoundIsAnUnknownModel() throws Exception {
        server.enqueue(WireFormat.OLLAMA.error(404, "model \"fake-model\" not found, try pulling it first"));

        Outcome outcome = ask(WireFormat.OLLAMA).awaitEnd();

        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(outcome.failure().detail()).contains("not found, try pulling it first");
    }

    @Test
    void anOverloadedErrorEventBeforeAnyTextIsRetried() throws Exception {
        WireFormat anthropic = WireFormat.ANTHROPIC;
        server.enqueue(Reply.stream(anthropic.contentType()).chunk(anthropic.start())
                .chunk("event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}\n\n"));
        server.enqueue(anthropic.reply(tokens("second", " try")));

        RecordingEvents events = ask(anthropic);
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(outcome.text()).isEqualTo("second try");
        assertThat(events.waits).singleElement().satisfies(w -> assertThat(w.cause().kind()).isEqualTo(FailureKind.SERVER_ERROR));
    }
}
