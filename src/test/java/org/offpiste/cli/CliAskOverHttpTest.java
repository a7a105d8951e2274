package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Session;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;

/** {@code offpiste ask} end to end: the real providers over HTTP against a server speaking Ollama's stream. */
class CliAskOverHttpTest extends OllamaProjectTestBase {
    CliAskOverHttpTest() {
        super("http.offpiste");
    }

    private Message answer() {
        try (Session s = cli.context().open(project)) {
            return s.sparring().thread(s.sparring().conversations().get(0).id()).get(1);
        }
    }

    @Test
    void anAnswerStreamedOverHttpIsPrintedAndStoredComplete() {
        server.enqueue(WireFormat.OLLAMA.drip(List.of("Moon", " slalom", " by lantern"), Duration.ofMillis(20)));

        CliRunner.Result r = cli.run("ask", project, "Night ideas", "--mode", "question-me");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Moon slalom by lantern" + System.lineSeparator());
        Message answer = answer();
        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(answer.text()).isEqualTo("Moon slalom by lantern");
        assertThat(answer.provenance().model()).isEqualTo("llama3.2");
        assertThat(server.requests().get(0).body()).contains("3 to 5 questions").contains("Night ideas");
    }

    @Test
    void aStreamCutHalfWayKeepsThePartialAnswerIncompleteAndSaysSoInOneLine() {
        server.enqueue(WireFormat.OLLAMA.partial(List.of("Half", " an answer")));

        CliRunner.Result r = cli.run("ask", project, "go");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).isEqualTo("Half an answer" + System.lineSeparator());
        assertThat(r.errorLine()).endsWith("The partial answer is stored, marked incomplete.");
        Message answer = answer();
        assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
        assertThat(answer.text()).isEqualTo("Half an answer");
        assertThat(answer.failure()).isEqualTo("CLOSED_EARLY");
    }

    @Test
    void anUnknownModelIsOneLineNamingItAndAFailedAnswer() {
        server.enqueue(WireFormat.OLLAMA.error(404, "model \"llama3.2\" not found, try pulling it first"));

        CliRunner.Result r = cli.run("ask", project, "go");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).isEmpty();
        assertThat(r.errorLine()).contains("llama3.2");
        assertThat(answer().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(answer().failure()).isEqualTo("UNKNOWN_MODEL");
    }
}
