package org.offpiste.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.offpiste.llm.fake.WireFormat;

/** Some OpenAI-compatible servers refuse {@code stream_options}: asked again without, and remembered. */
class StreamOptionsTest extends ProviderTestBase {
    private static final String REFUSAL = "{\"error\":{\"message\":\"Unrecognized request argument supplied: stream_options\","
            + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}";

    @Test
    void aServerThatRefusesStreamOptionsIsAskedAgainWithoutThemAndRemembered() throws Exception {
        ProviderSettings compatible = new ProviderSettings(ProviderKind.OPENAI_COMPATIBLE, server.url("/v1"), MODEL, 0.5);
        server.enqueue(org.offpiste.llm.fake.Reply.json(400, REFUSAL));
        server.enqueue(WireFormat.OPENAI.reply(tokens("without", " options")));
        server.enqueue(WireFormat.OPENAI.reply(tokens("second", " call")));

        Outcome first = ask(compatible).awaitEnd();
        Outcome second = ask(compatible).awaitEnd();

        assertThat(first.ending()).isEqualTo(Ending.COMPLETE);
        assertThat(first.text()).isEqualTo("without options");
        assertThat(second.text()).isEqualTo("second call");
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(0).body()).contains("\"stream_options\"");
        assertThat(server.requests().get(1).body()).doesNotContain("stream_options").contains("\"stream\":true");
        assertThat(server.requests().get(2).body()).doesNotContain("stream_options");
    }

    @Test
    void openAiItselfIsNotAskedAgain() throws Exception {
        server.enqueue(org.offpiste.llm.fake.Reply.json(400, REFUSAL));

        Outcome outcome = ask(WireFormat.OPENAI).awaitEnd();

        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.BAD_REQUEST);
        assertThat(outcome.failure().detail()).contains("stream_options");
        assertThat(server.requests()).hasSize(1);
    }
}
