package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.llm.fake.BlackHole;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.testing.FixedSecrets;

/** Nothing to talk to: a specific failure at once, never retried. */
class ConnectionFailureTest extends ProviderTestBase {

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aPortWhereNothingListensIsRefused(WireFormat format) throws Exception {
        String url = "http://127.0.0.1:" + FakeProviderServer.freePort() + format.basePath();

        RecordingEvents events = ask(settings(format).withBaseUrl(url));
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.REFUSED);
        assertThat(outcome.failure().host()).startsWith("127.0.0.1:");
        assertThat(events.waits).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aHostThatDoesNotResolveIsADnsFailure(WireFormat format) throws Exception {
        RecordingEvents events = ask(settings(format).withBaseUrl("http://nosuchhost.invalid:8080" + format.basePath()));
        Outcome outcome = events.awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.DNS);
        assertThat(outcome.failure().host()).isEqualTo("nosuchhost.invalid:8080");
        assertThat(events.waits).isEmpty();
    }

    @Test
    void aHostThatNeverAnswersTheConnectionIsUnreachable() throws Exception {
        Outcome outcome;
        RecordingEvents events;
        long start = System.nanoTime();
        try (BlackHole hole = BlackHole.open()) {
            events = ask(settings(WireFormat.OPENAI).withBaseUrl("http://127.0.0.1:" + hole.port() + "/v1"));
            outcome = events.awaitEnd(Duration.ofSeconds(5));
        }

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.UNREACHABLE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(events.waits).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = WireFormat.class, names = {"OPENAI", "ANTHROPIC", "GEMINI"})
    void aProviderThatNeedsAKeyFailsWithoutOneAndSendsNothing(WireFormat format) throws Exception {
        provider.close();
        provider = new LangchainChatProvider(new FixedSecrets(), () -> timeouts);

        Outcome outcome = ask(format).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.NO_KEY);
        Thread.sleep(100);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void ollamaAndAnOpenAiCompatibleServerNeedNoKey() throws Exception {
        provider.close();
        provider = new LangchainChatProvider(new FixedSecrets(), () -> timeouts);
        server.enqueue(WireFormat.OPENAI.reply(tokens("no", " key")));

        Outcome outcome = ask(new ProviderSettings(ProviderKind.OPENAI_COMPATIBLE, server.url("/v1"), MODEL, 0.5)).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(server.requests().get(0).header("authorization")).isEmpty();
    }
}
