package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LangchainChatProvider;
import org.offpiste.llm.LlmTimeouts;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.RecordedRequest;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.FixedSecrets;

/** Refine by a model on a real project file, asked of the real provider talking to a fake server in its wire format. */
class IdeaRefinerTest {
    private static final String KEY = "sk-" + "test-refine-0001";
    private static final LlmTimeouts QUICK = new LlmTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3),
            Duration.ofMillis(700), 1, Duration.ofMillis(30), Duration.ofMillis(500));
    private static final String ANSWER = "**Night pass in 15 seconds**\n\nA vertical clip: the last chairlift at dusk, "
            + "a local who skis after work, the pass price on screen.\n\nPeople film their own after-work run.";

    @TempDir
    Path dir;
    private Project project;
    private BriefService brief;
    private BoardService board;
    private Idea idea;
    private FakeProviderServer server;
    private LangchainChatProvider provider;
    private final List<String> applied = new ArrayList<>();

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("refine.offpiste"));
        brief = new BriefService(project.briefs());
        brief.save(Brief.empty().with(BriefField.TITLE, "Night skiing at Les Arcs")
                .with(BriefField.OBJECTIVE, "Fill the slopes after 5 pm on weekdays")
                .with(BriefField.AUDIENCE, "Locals aged 25-40 who work in the valley")
                .with(BriefField.INSIGHT, "After work, locals want the mountain to themselves")
                .with(BriefField.CLICHES, "Fireworks, torchlight descents"));
        board = new BoardService(project.ideas(), project.versions(), () -> "Camille");
        idea = board.add("Night pass", "A cheaper evening pass for locals.", List.of("pricing"), IdeaStatus.SHORTLIST);
        server = FakeProviderServer.start();
        provider = new LangchainChatProvider(FixedSecrets.all(KEY), () -> QUICK);
    }

    @AfterEach
    void close() {
        provider.close();
        server.close();
        project.close();
    }

    private IdeaRefiner refiner(WireFormat wire, String model, Locale locale) {
        return new IdeaRefiner(project.ideas(), (base, title, body, madeBy, instruction) -> {
            applied.add(base.id() + "|" + title + "|" + body + "|" + madeBy + "|" + instruction);
            return new EditResult(project.ideas().update(project.ideas().find(base.id()).orElseThrow()
                    .withContent(title, body, List.of("pricing"), IdeaStatus.SHORTLIST)), null);
        }, brief, provider, () -> new ProviderSettings(wire.kind(), server.url(wire.basePath()), model, 0.7), () -> locale);
    }

    private static final class Heard implements RefineListener {
        final StringBuilder text = new StringBuilder();
        final CompletableFuture<RefineResult> end = new CompletableFuture<>();

        @Override
        public synchronized void text(String delta) {
            text.append(delta);
        }

        @Override
        public void ended(RefineResult result) {
            end.complete(result);
        }

        RefineResult await() throws Exception {
            return end.get(20, TimeUnit.SECONDS);
        }
    }

    private String sent(WireFormat wire) {
        List<RecordedRequest> chats = server.requests(wire.streamPath("m1"));
        assertThat(chats).hasSize(1);
        return chats.get(0).body();
    }

    @ParameterizedTest
    @EnumSource(value = WireFormat.class, names = {"OLLAMA", "OPENAI"})
    void aCompleteAnswerBecomesTheNewVersionMadeByTheModel(WireFormat wire) throws Exception {
        server.enqueue(wire.reply(List.of(ANSWER.substring(0, 30), ANSWER.substring(30))));
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.TIKTOK), heard);
        RefineResult result = heard.await();

        assertThat(result.kind()).isEqualTo(RefineResult.Kind.REFINED);
        assertThat(heard.text.toString()).isEqualTo(ANSWER);
        String madeBy = wire.kind().brand() + " · m1";
        assertThat(applied).containsExactly(idea.id() + "|Night pass in 15 seconds|A vertical clip: the last chairlift "
                + "at dusk, a local who skis after work, the pass price on screen.\n\nPeople film their own after-work run.|"
                + madeBy + "|For TikTok");
        assertThat(result.idea().title()).isEqualTo("Night pass in 15 seconds");
        assertThat(result.madeBy()).isEqualTo(madeBy);
        String body = sent(wire);
        assertThat(body).contains("Night skiing at Les Arcs", "Fill the slopes after 5 pm on weekdays",
                "Locals aged 25-40 who work in the valley", "After work, locals want the mountain to themselves",
                "Fireworks, torchlight descents", "Night pass", "A cheaper evening pass for locals.",
                "Adapt it for TikTok", "**The idea's title, in a few words**", "Write your whole answer in English.");
        assertThat(body).contains("0.7");
    }

    @Test
    void aFrenchBriefIsAskedAndAnsweredInFrenchWithThePersonsOwnWords() throws Exception {
        WireFormat wire = WireFormat.OLLAMA;
        brief.save(brief.current().with(BriefField.LANGUAGE, "Français"));
        server.enqueue(wire.reply(List.of("Voici la nouvelle version :\n\n**Forfait du soir au village**\n\n",
                "Un forfait vendu à la boulangerie du village.")));
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.custom("pour un public rural"), heard);

        assertThat(heard.await().kind()).isEqualTo(RefineResult.Kind.REFINED);
        assertThat(applied).containsExactly(idea.id() + "|Forfait du soir au village|Un forfait vendu à la boulangerie "
                + "du village.|Ollama · m1|pour un public rural");
        String body = sent(wire);
        assertThat(body).contains("Tu réécris une idée", "Consigne : pour un public rural", "L'idée :",
                "Insight sur le public", "Clichés à éviter");
    }

    @ParameterizedTest
    @EnumSource(value = WireFormat.class, names = {"OLLAMA", "OPENAI"})
    void aServerErrorChangesNothingAndSaysWhy(WireFormat wire) throws Exception {
        server.enqueue(wire.error(500, "the model crashed"));
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.CHEAPER), heard);
        RefineResult result = heard.await();

        assertThat(result.kind()).isEqualTo(RefineResult.Kind.FAILED);
        assertThat(result.failure().kind()).isEqualTo(FailureKind.SERVER_ERROR);
        assertUnchanged();
    }

    @ParameterizedTest
    @EnumSource(value = WireFormat.class, names = {"OLLAMA", "OPENAI"})
    void aStalledAnswerIsEndedByTheWatchdogAndChangesNothing(WireFormat wire) throws Exception {
        server.enqueue(wire.partial(List.of("**Night pass in 15", " seconds**\n\nA vertical")).thenStall());
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.BOLDER), heard);
        RefineResult result = heard.await();

        assertThat(result.kind()).isEqualTo(RefineResult.Kind.FAILED);
        assertThat(result.failure().kind()).isEqualTo(FailureKind.STALLED);
        assertThat(heard.text.toString()).startsWith("**Night pass in 15 seconds**");
        assertUnchanged();
    }

    @Test
    void anOpenAiAnswerWithoutAFinishReasonIsCutOffAndChangesNothing() throws Exception {
        WireFormat wire = WireFormat.OPENAI;
        server.enqueue(wire.partial(List.of("**Night pass in 15 seconds**\n\n", "A vertical clip")));
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.SIMPLER), heard);
        RefineResult result = heard.await();

        assertThat(result.kind()).isEqualTo(RefineResult.Kind.FAILED);
        assertThat(result.failure().kind()).isEqualTo(FailureKind.CLOSED_EARLY);
        assertUnchanged();
    }

    @Test
    void stopEndsTheAnswerAndChangesNothing() throws Exception {
        WireFormat wire = WireFormat.OLLAMA;
        server.enqueue(wire.drip(List.of("**Night pass", " in 15 seconds**\n\n", "A vertical clip", " at dusk."),
                Duration.ofMillis(400)));
        Heard heard = new Heard();

        Refinement running = refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(),
                RefineInstruction.of(RefinePreset.KIDS), heard);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (heard.text.length() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        running.stop();

        assertThat(heard.await().kind()).isEqualTo(RefineResult.Kind.STOPPED);
        assertUnchanged();
    }

    @Test
    void withoutAModelNothingIsSent() throws Exception {
        Heard heard = new Heard();

        refiner(WireFormat.OLLAMA, "", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.BOLDER), heard);

        assertThat(heard.await().kind()).isEqualTo(RefineResult.Kind.NO_MODEL);
        assertThat(server.requests()).isEmpty();
        assertUnchanged();
    }

    @Test
    void anAnswerWithoutAnIdeaChangesNothing() throws Exception {
        WireFormat wire = WireFormat.OLLAMA;
        server.enqueue(wire.reply(List.of("   \n\n ")));
        Heard heard = new Heard();

        refiner(wire, "m1", Locale.ENGLISH).refine(idea.id(), RefineInstruction.of(RefinePreset.BOLDER), heard);

        assertThat(heard.await().kind()).isIn(RefineResult.Kind.UNREADABLE, RefineResult.Kind.FAILED);
        assertUnchanged();
    }

    @Test
    void closingStopsTheAnswerAndNothingIsWrittenAfter() throws Exception {
        WireFormat wire = WireFormat.OLLAMA;
        server.enqueue(wire.drip(List.of("**Night pass**\n\n", "Body", " more."), Duration.ofMillis(400)));
        Heard heard = new Heard();
        IdeaRefiner refiner = refiner(wire, "m1", Locale.ENGLISH);

        refiner.refine(idea.id(), RefineInstruction.of(RefinePreset.BOLDER), heard);
        refiner.close();

        assertThat(heard.await().kind()).isEqualTo(RefineResult.Kind.STOPPED);
        assertUnchanged();
    }

    /** Through the board itself: a new version made by the model on the instruction, one step of undo. */
    @Test
    void throughTheBoardTheRefinementIsANewVersionAndOneStepOfUndo() throws Exception {
        WireFormat wire = WireFormat.OLLAMA;
        server.enqueue(wire.reply(List.of(ANSWER)));
        Heard heard = new Heard();
        IdeaRefiner refiner = new IdeaRefiner(board, brief, provider,
                () -> new ProviderSettings(wire.kind(), server.url(wire.basePath()), "m1", 0.7), () -> Locale.ENGLISH);

        refiner.refine(idea.id(), RefineInstruction.of(RefinePreset.TIKTOK), heard);

        assertThat(heard.await().kind()).isEqualTo(RefineResult.Kind.REFINED);
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Night pass in 15 seconds");
        IdeaVersion head = project.versions().head(idea.id()).orElseThrow();
        assertThat(head.kind()).isEqualTo(VersionKind.REFINED);
        assertThat(head.byModel()).isTrue();
        assertThat(head.madeBy()).isEqualTo("Ollama · m1");
        assertThat(head.instruction()).isEqualTo("For TikTok");
        assertThat(head.title()).isEqualTo("Night pass in 15 seconds");
        board.undo();
        assertThat(project.ideas().find(idea.id()).orElseThrow().title()).isEqualTo("Night pass");
    }

    private void assertUnchanged() {
        assertThat(applied).isEmpty();
        Idea now = project.ideas().find(idea.id()).orElseThrow();
        assertThat(now.title()).isEqualTo("Night pass");
        assertThat(now.body()).isEqualTo("A cheaper evening pass for locals.");
    }
}
