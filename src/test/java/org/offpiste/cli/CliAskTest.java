package org.offpiste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.app.Gui;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Session;
import org.offpiste.sparring.Conversation;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.ScriptedProvider;

/** {@code offpiste ask}: streamed to standard output, stored as the window would, failures in one line. */
class CliAskTest {
    @TempDir
    Path home;
    private final ScriptedProvider model = new ScriptedProvider();
    private CliRunner cli;
    private Path project;

    private void newProject() {
        cli = new CliRunner(home, Map.of(), model);
        cli.context().providerPreferences().choose(ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2"));
        project = home.resolve("ask.offpiste");
        assertThat(cli.run("new", project).code()).isZero();
    }

    private List<Message> thread() {
        try (Session s = cli.context().open(project)) {
            Conversation c = s.sparring().conversations().get(0);
            return s.sparring().thread(c.id());
        }
    }

    @Test
    void theAnswerIsPrintedAndStoredWithItsProvenance() {
        newProject();
        model.then(ScriptedProvider.answer("1. **Moon slalom**", " — a race by lantern light."));

        CliRunner.Result r = cli.run("ask", project, "Ideas for night skiing", "--technique", "crazy-8s");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("1. **Moon slalom** — a race by lantern light." + System.lineSeparator());
        List<Message> thread = thread();
        assertThat(thread).extracting(Message::text)
                .containsExactly("Ideas for night skiing", "1. **Moon slalom** — a race by lantern light.");
        Message answer = thread.get(1);
        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(answer.provenance().mode()).isEqualTo(Mode.DIVERGE);
        assertThat(answer.provenance().techniqueId()).isEqualTo("crazy-8s");
        assertThat(answer.provenance().prompt()).contains("Crazy 8s").contains("Ideas for night skiing");
    }

    @Test
    void textIsOnStandardOutputBeforeTheAnswerEnds() throws Exception {
        newProject();
        model.then(ScriptedProvider.answer("First words ", "then more").thenHold());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> new Cli(cli.context(), new Gui(cli.context()))
                .run(new String[] {"ask", project.toString(), "go"}, stdout, new PrintStream(new ByteArrayOutputStream())));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!out.toString(StandardCharsets.UTF_8).equals("First words then more")) {
            assertThat(System.nanoTime()).as("text streamed").isLessThan(deadline);
            Thread.sleep(5);
        }
        assertThat(run).isNotDone();
        model.stopAll();
        assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(thread().get(1).status()).isEqualTo(MessageStatus.STOPPED);
    }

    @Test
    void ideasModeAndProviderOptionsReachTheModel() {
        newProject();
        long id = Long.parseLong(cli.run("add", project, "--title", "Fossil pub quiz", "--body", "Among bones")
                .out().strip());

        CliRunner.Result r = cli.run("ask", project, "harsher", "--mode", "challenge", "--idea", id,
                "--provider", "openai-compatible", "--base-url", "http://localhost:9/v1", "--model", "qwen3");

        assertThat(r.code()).as(r.err()).isZero();
        ModelRequest sent = model.lastRequest();
        assertThat(sent.provider().kind()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
        assertThat(sent.provider().baseUrl()).isEqualTo("http://localhost:9/v1");
        assertThat(sent.provider().model()).isEqualTo("qwen3");
        assertThat(sent.turns().get(0).text()).contains("Attack the ideas below").contains("Fossil pub quiz")
                .contains("harsher");
        try (Session s = cli.context().open(project)) {
            assertThat(s.project().conversations().lastProvider()).get()
                    .satisfies(v -> assertThat(v).containsExactly("openai-compatible", "qwen3"));
        }
    }

    @Test
    void conversationsAreFoundByTitleOrIdAndCreatedWhenMissing() {
        newProject();
        assertThat(cli.run("ask", project, "one", "--conversation", "Night").code()).isZero();
        assertThat(cli.run("ask", project, "two", "--conversation", "night").code()).isZero();
        assertThat(cli.run("ask", project, "three", "--conversation", "Day").code()).isZero();
        assertThat(cli.run("ask", project, "four").code()).isZero();

        long night;
        try (Session s = cli.context().open(project)) {
            List<Conversation> all = s.sparring().conversations();
            assertThat(all).extracting(Conversation::title).containsExactly("Day", "Night");
            assertThat(s.sparring().thread(all.get(0).id())).extracting(Message::text)
                    .containsExactly("three", "ok", "four", "ok");
            night = all.get(1).id();
        }
        assertThat(cli.run("ask", project, "five", "--conversation", night).code()).isZero();
        try (Session s = cli.context().open(project)) {
            Conversation first = s.sparring().conversations().get(0);
            assertThat(first.title()).isEqualTo("Night");
            assertThat(s.sparring().thread(first.id())).extracting(Message::text)
                    .containsExactly("one", "ok", "two", "ok", "five", "ok");
        }
    }

    @Test
    void aFailureIsOneLineOnStandardErrorAndANonZeroExit() {
        newProject();
        model.then(ScriptedProvider.answer().thenFail(Ending.FAILED, FailureKind.REFUSED));

        CliRunner.Result r = cli.run("ask", project, "go");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).startsWith("Nothing answers at localhost.");
        assertThat(r.out()).isEmpty();
        assertThat(thread().get(1).status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void aPartialAnswerIsPrintedAndStoredIncomplete() {
        newProject();
        model.then(ScriptedProvider.answer("Half of ").thenFail(Ending.INCOMPLETE, FailureKind.STALLED));

        CliRunner.Result r = cli.run("ask", project, "go");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.out()).isEqualTo("Half of " + System.lineSeparator());
        assertThat(r.errorLine()).startsWith("The answer from llama3.2 stopped arriving.")
                .endsWith("The partial answer is stored, marked incomplete.");
        Message answer = thread().get(1);
        assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
        assertThat(answer.text()).isEqualTo("Half of ");
        assertThat(answer.failure()).isEqualTo("STALLED");
    }

    @Test
    void anUnknownIdeaIsAClearUsageErrorAndNothingIsAsked() {
        newProject();

        CliRunner.Result r = cli.run("ask", project, "go", "--mode", "build-on", "--idea", 42);

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errorLine()).isEqualTo("There is no idea 42 in " + project + ": see 'offpiste ideas'.");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void badModeTechniqueOrProviderAreUsageErrors() {
        newProject();

        assertThat(cli.run("ask", project, "go", "--mode", "dream").errorLine())
                .isEqualTo("Unknown mode 'dream': use diverge, challenge, question-me, build-on, refine, visualize.");
        assertThat(cli.run("ask", project, "go", "--technique", "magic").errorLine())
                .startsWith("Unknown technique 'magic': use scamper, ");
        assertThat(cli.run("ask", project, "go", "--mode", "challenge", "--technique", "scamper").code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(cli.run("ask", project, "go", "--provider", "skynet").errorLine())
                .startsWith("Unknown provider 'skynet'");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void withNoProviderAnywhereItSaysWhatToDoAndStoresNothing() {
        cli = new CliRunner(home, Map.of(), model);
        cli.context().settings().put("llm.ollama.baseUrl", "http://127.0.0.1:9");
        project = home.resolve("none.offpiste");
        assertThat(cli.run("new", project).code()).isZero();

        CliRunner.Result r = cli.run("ask", project, "go");

        assertThat(r.code()).isEqualTo(ExitCode.MODEL);
        assertThat(r.errorLine()).startsWith("No model is reachable.");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void theProviderFoundIsRememberedByTheProjectForTheNextQuestions() {
        newProject();
        cli.run("ask", project, "one", "--provider", "anthropic");
        cli.context().providerPreferences().choose(ProviderSettings.defaults(ProviderKind.GEMINI));

        cli.run("ask", project, "two");

        assertThat(model.lastRequest().provider().kind()).isEqualTo(ProviderKind.ANTHROPIC);
        assertThat(model.lastRequest().provider().model()).isEqualTo("claude-3-5-haiku-latest");
    }

    @Test
    void aMissingProjectIsAProjectProblem() {
        cli = new CliRunner(home, Map.of(), model);

        CliRunner.Result r = cli.run("ask", home.resolve("none.offpiste"), "go");

        assertThat(r.code()).isEqualTo(ExitCode.PROJECT);
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void helpDescribesTheCommandInFrenchToo() {
        cli = new CliRunner(home, model);
        assertThat(cli.run("ask", "--help").out()).contains("Ask the model", "--mode=MODE", "--idea=ID", "--base-url=URL",
                "Exit codes");
        assertThat(new CliRunner(home, model).french().run("ask", "--help").out()).contains("Interroge le modèle");
    }
}
