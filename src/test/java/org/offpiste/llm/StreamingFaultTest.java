package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;

/** A stream that breaks half-way ends once, as incomplete, with exactly the text sent before the fault. */
class StreamingFaultTest extends ProviderTestBase {

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void headersThatNeverArriveFailAsNoHeadersAndTheConnectionCloses(WireFormat format) throws Exception {
        server.enqueue(Reply.silent());

        long start = System.nanoTime();
        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.NO_HEADERS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
        assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aStreamThatStallsHalfWayEndsAsStalledWithThePartialText(WireFormat format) throws Exception {
        server.enqueue(format.partial(tokens("half", " way")).thenStall());

        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.STALLED);
        assertThat(outcome.text()).isEqualTo("half way");
        assertThat(server.lastConnection().awaitClientClose(Duration.ofSeconds(2))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aStreamClosedCleanlyHalfWayEndsAsClosedEarlyAtOnce(WireFormat format) throws Exception {
        timeouts = FAST.withIdle(Duration.ofSeconds(20));
        server.enqueue(format.partial(tokens("half", " way")));

        long start = System.nanoTime();
        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.CLOSED_EARLY);
        assertThat(outcome.text()).isEqualTo("half way");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aCloseDelimitedStreamCutHalfWayEndsAsClosedEarly(WireFormat format) throws Exception {
        timeouts = FAST.withIdle(Duration.ofSeconds(20));
        server.enqueue(format.partial(tokens("close", " delimited")).closeDelimited());

        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.CLOSED_EARLY);
        assertThat(outcome.text()).isEqualTo("close delimited");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aConnectionResetHalfWayEndsAsResetWithThePartialText(WireFormat format) throws Exception {
        timeouts = FAST.withIdle(Duration.ofSeconds(20));
        server.enqueue(format.partial(tokens("before", " reset")).chunk(Duration.ofMillis(100), "").thenReset());

        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.RESET);
        assertThat(outcome.text()).isEqualTo("before reset");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aChunkedBodyCutWithoutItsEndEndsAsReset(WireFormat format) throws Exception {
        timeouts = FAST.withIdle(Duration.ofSeconds(20));
        server.enqueue(format.partial(tokens("cut", " off")).chunk(Duration.ofMillis(50), "").thenAbort());

        Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

        assertThat(outcome.ending()).isEqualTo(Ending.INCOMPLETE);
        assertThat(outcome.failure().kind()).isIn(FailureKind.RESET, FailureKind.CLOSED_EARLY);
        assertThat(outcome.text()).isEqualTo("cut off");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aMalformedChunkEndsAsMalformedKeepingTheTextBeforeItAndLogsNoStackTrace(WireFormat format) throws Exception {
        server.enqueue(format.partial(tokens("good", " text")).chunk(format.malformed())
                .chunk(format.token(" after")).chunk(format.finish()));

        try (LogCapture logs = new LogCapture(Level.INFO)) {
            Outcome outcome = ask(format).awaitEnd(Duration.ofSeconds(3));

            assertThat(outcome.ending()).as(outcome + "\n" + logs.text()).isEqualTo(Ending.INCOMPLETE);
            assertThat(outcome.failure().kind()).isEqualTo(FailureKind.MALFORMED);
            assertThat(outcome.text()).isEqualTo("good text");
            String warnings = logs.text(Level.WARNING);
            assertThat(warnings).as("warnings logged").isEmpty();
        }
    }
}
