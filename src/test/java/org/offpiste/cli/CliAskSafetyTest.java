package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Session;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;

/** {@code offpiste ask} says when the provider makes it wait: on standard error, standard output being the answer. */
class CliAskSafetyTest {
    @TempDir
    Path home;

    private Message answer(CliRunner cli, Path project) {
        try (Session s = cli.context().open(project)) {
            return s.sparring().thread(s.sparring().conversations().get(0).id()).get(1);
        }
    }

    @Test
    void aRateLimitIsOneLocalisedLineOnStandardErrorAndTheAnswerFollowsOnStandardOutput() {
        try (FakeProviderServer server = FakeProviderServer.start()) {
            server.enqueue(WireFormat.OPENAI.error(429, "Rate limit reached").header("Retry-After", "1"));
            server.enqueue(WireFormat.OPENAI.reply(List.of("Moon", " slalom")));
            CliRunner cli = new CliRunner(home, Map.of("OPENAI_API_KEY", "Zq9xPLAINkey7788"));
            cli.context().providerPreferences().choose(new ProviderSettings(ProviderKind.OPENAI, server.url("/v1"),
                    "gpt-4o-mini", 0.7));
            Path project = home.resolve("wait.offpiste");
            assertThat(cli.run("new", project).code()).isZero();

            CliRunner.Result r = cli.run("ask", project, "go");

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo("Moon slalom" + System.lineSeparator());
            assertThat(r.errorLine()).isEqualTo("Rate limited by OpenAI — trying again in 1 s (attempt 2 of "
                    + cli.context().providerPreferences().timeouts().maxAttempts() + ")…");
            assertThat(server.requests()).hasSize(2);
            assertThat(answer(cli, project).status()).isEqualTo(MessageStatus.COMPLETE);
        }
    }

    @Test
    void theWaitIsSaidInFrenchToo() {
        try (FakeProviderServer server = FakeProviderServer.start()) {
            server.enqueue(WireFormat.OPENAI.error(503, "overloaded").header("Retry-After", "1"));
            server.enqueue(WireFormat.OPENAI.reply(List.of("Luge")));
            CliRunner cli = new CliRunner(home, Map.of("OPENAI_API_KEY", "Zq9xPLAINkey7788")).french();
            cli.context().providerPreferences().choose(new ProviderSettings(ProviderKind.OPENAI, server.url("/v1"),
                    "gpt-4o-mini", 0.7));
            Path project = home.resolve("attente.offpiste");
            assertThat(cli.run("new", project).code()).isZero();

            CliRunner.Result r = cli.run("ask", project, "go");

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo("Luge" + System.lineSeparator());
            assertThat(r.errorLine()).startsWith("OpenAI a eu un problème de son côté — nouvel essai dans 1 s (essai 2 sur");
        }
    }
}
