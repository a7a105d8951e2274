package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.Reply;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.testing.FixedSecrets;

/**
 * The key is in a header, so a redirect is never followed: the other host never sees the key, and
 * the person is told where the server wanted to send it. URLs are shown without what may hide a secret.
 */
class RedirectAndUrlTest extends ProviderTestBase {
    private FakeProviderServer elsewhere;

    @BeforeEach
    void startElsewhere() {
        elsewhere = FakeProviderServer.start();
    }

    @AfterEach
    void stopElsewhere() {
        elsewhere.close();
    }

    private Reply redirect(int status, WireFormat format) {
        return Reply.status(status).header("Location",
                elsewhere.url(format.streamPath(MODEL)) + "?steal=1");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aStreamingRequestIsNotFollowedToAnotherHost(WireFormat format) throws Exception {
        elsewhere.enqueue(format.reply(tokens("stolen")));
        server.enqueue(redirect(307, format));

        Outcome outcome = ask(format).awaitEnd();

        assertThat(outcome.ending()).isEqualTo(Ending.FAILED);
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(outcome.failure().detail()).isEqualTo("307 redirected to 127.0.0.1:" + elsewhere.port());
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 308})
    void aModelListIsNotFollowedToAnotherHost(int status) {
        HttpModelCatalog catalog = new HttpModelCatalog(FixedSecrets.all(KEY), new LlmTimeouts(Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ofMillis(10), Duration.ofMillis(10)));
        elsewhere.route("GET", WireFormat.OPENAI.modelsPath(), WireFormat.OPENAI.modelListReply(List.of("gpt-4o")));
        server.route("GET", WireFormat.OPENAI.modelsPath(), Reply.status(status).header("Location",
                elsewhere.url(WireFormat.OPENAI.modelsPath())));

        ConnectionReport report = catalog.check(settings(WireFormat.OPENAI));

        assertThat(report.ok()).isFalse();
        assertThat(report.failure().kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(report.failure().detail()).isEqualTo(status + " redirected to 127.0.0.1:" + elsewhere.port());
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void aRedirectIsARequestToFixNotAnUnknownFailure() {
        assertThat(HttpFailures.forStatus(301, "")).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(HttpFailures.redirectDetail(null)).isEqualTo("redirected");
        assertThat(HttpFailures.redirectDetail("https://u:p@other.example/x?key=1")).isEqualTo("redirected to other.example");
    }

    @Test
    void aShownUrlHasNoUserinfoQueryOrFragment() {
        assertThat(HttpFailures.shownUrl("https://user:pass@api.example.com:8443/v1?key=abc#frag"))
                .isEqualTo("https://api.example.com:8443/v1");
        assertThat(HttpFailures.shownUrl("http://localhost:11434")).isEqualTo("http://localhost:11434");
        assertThat(HttpFailures.shownUrl("http://tok@host/ bad path?key=abc")).isEqualTo("http://host/ bad path");
        assertThat(HttpFailures.shownUrl(null)).isEmpty();
    }

    @Test
    void aContentFilterEndingNamesTheReasonInNoLanguage() throws Exception {
        server.enqueue(Reply.stream(WireFormat.OPENAI.contentType()).chunks(List.of(WireFormat.OPENAI.token("Half"),
                "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake\","
                        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"content_filter\"}]}\n\n",
                "data: [DONE]\n\n")));

        Outcome outcome = ask(WireFormat.OPENAI).awaitEnd();

        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.OTHER);
        assertThat(outcome.failure().detail()).isEqualTo("content_filter");
        assertThat(outcome.text()).isEqualTo("Half");
    }
}
