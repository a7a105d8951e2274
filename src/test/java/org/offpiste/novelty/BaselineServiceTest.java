package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LangchainChatProvider;
import org.offpiste.llm.LlmTimeouts;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.llm.fake.FakeProviderServer;
import org.offpiste.llm.fake.RecordedRequest;
import org.offpiste.llm.fake.WireFormat;
import org.offpiste.novelty.BaselineState.Status;
import org.offpiste.project.Project;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.FixedSecrets;

/** The banal baseline on a real project file, asked of a real provider talking to a fake Ollama server. */
class BaselineServiceTest {
    private static final WireFormat WIRE = WireFormat.OLLAMA;
    private static final String ANSWER = """
            Here are some ideas for your night skiing campaign:

            1. **Torchlight descent** — Instructors ski down at dusk carrying torches while guests watch.
            2. **Night skiing pass** — A cheaper evening pass for locals after work.
            3. **Glow party** — A DJ on the slope with glow sticks for everyone.
            4. **Stargazing hut** — An astronomer explains the sky at the top station.
            5. **Fondue at night** — A fondue evening in the mountain restaurant.
            6. **Instagram contest** — The best night photo wins a season pass.
            7. **Family lantern walk** — Children walk a lit trail with lanterns.
            8. **Moonlight sledging** — A sledge run open under the full moon.

            Let me know if you want more!
            """;

    @TempDir
    Path dir;
    private Project project;
    private BriefService brief;
    private FakeProviderServer server;
    private LangchainChatProvider provider;
    private ExecutorService executor;
    private final TestEmbedder embedder = new TestEmbedder();
    private final AtomicReference<Optional<Embedder>> embedding = new AtomicReference<>(Optional.of(embedder));
    private final AtomicReference<String> model = new AtomicReference<>("llama3.2");
    private final AtomicInteger newBaselines = new AtomicInteger();

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        brief = new BriefService(project.briefs());
        server = FakeProviderServer.start();
        provider = new LangchainChatProvider(new FixedSecrets(), LlmTimeouts::defaults);
        executor = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        provider.close();
        server.close();
        project.close();
    }

    private BaselineService service() {
        return service(project, brief);
    }

    private BaselineService service(Project of, BriefService itsBrief) {
        return new BaselineService(of.baselines(), itsBrief, provider,
                () -> new ProviderSettings(WIRE.kind(), server.url(WIRE.basePath()), model.get(), 0.5),
                embedding::get, () -> Locale.ENGLISH, executor, Clock.systemUTC(), newBaselines::incrementAndGet);
    }

    private static Brief nightSkiing() {
        return Brief.empty().with(BriefField.TITLE, "Night skiing at Les Arcs")
                .with(BriefField.INSIGHT, "After work, locals want the mountain to themselves")
                .with(BriefField.CLICHES, "Fireworks");
    }

    private void answerOnce(String text) {
        server.enqueue(WIRE.reply(List.of(text.substring(0, 40), text.substring(40))));
    }

    private static BaselineState settled(BaselineService baselines) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (baselines.busy() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return baselines.state();
    }

    private List<RecordedRequest> chats() {
        return server.requests(WIRE.streamPath("llama3.2"));
    }

    @Test
    void isAskedOncePerBriefVersionAndStoresTheIdeasWithUnitVectors() throws InterruptedException {
        brief.save(nightSkiing());
        answerOnce(ANSWER);
        BaselineService baselines = service();
        baselines.ensure();
        BaselineState state = settled(baselines);

        assertThat(state.status()).isEqualTo(Status.READY);
        Baseline b = state.baseline().orElseThrow();
        assertThat(b.items()).hasSize(8);
        assertThat(b.items().get(0).title()).isEqualTo("Torchlight descent");
        assertThat(b.model()).isEqualTo("llama3.2");
        for (BaselineItem item : b.items()) {
            assertThat(item.model()).isEqualTo(TestEmbedder.MODEL);
            assertThat(item.vector()).hasSize(384);
            double norm = 0;
            for (float x : item.vector()) {
                norm += x * x;
            }
            assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(newBaselines).hasValue(1);

        baselines.ensure();
        assertThat(settled(baselines).status()).isEqualTo(Status.READY);
        assertThat(chats()).hasSize(1);

        long second = brief.replace(nightSkiing().with(BriefField.TONE, "Warm and local")).id();
        assertThat(settled(baselines).status()).isEqualTo(Status.MISSING);
        assertThat(baselines.state().baseline()).as("the earlier version's is used meanwhile")
                .map(Baseline::briefVersionId).contains(b.briefVersionId());
        answerOnce(ANSWER.replace("Torchlight", "Lantern"));
        baselines.ensure();
        BaselineState next = settled(baselines);
        assertThat(next.status()).isEqualTo(Status.READY);
        assertThat(next.baseline().orElseThrow().briefVersionId()).isEqualTo(second);
        assertThat(next.baseline().orElseThrow().items().get(0).title()).isEqualTo("Lantern descent");
        assertThat(chats()).hasSize(2);
        assertThat(project.baselines().baseline(b.briefVersionId())).isPresent();
    }

    @Test
    void withoutAModelNothingIsSent() throws InterruptedException {
        brief.save(nightSkiing());
        model.set("");
        BaselineService baselines = service();
        baselines.ensure();
        assertThat(settled(baselines).status()).isEqualTo(Status.NO_MODEL);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void withoutTheEmbeddingModelNothingIsSentAndTheStateSaysWhy() throws InterruptedException {
        brief.save(nightSkiing());
        embedding.set(Optional.empty());
        BaselineService baselines = service();
        baselines.ensure();
        assertThat(settled(baselines).status()).isEqualTo(Status.NO_EMBEDDER);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aFailureIsReportedAndALaterEnsureTriesAgain() throws InterruptedException {
        brief.save(nightSkiing());
        server.enqueue(WIRE.error(404, "model 'llama3.2' not found"));
        BaselineService baselines = service();
        baselines.ensure();
        BaselineState failed = settled(baselines);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.failure().orElseThrow().kind()).isEqualTo(FailureKind.UNKNOWN_MODEL);
        assertThat(chats()).hasSize(1);

        answerOnce(ANSWER);
        baselines.ensure();
        assertThat(settled(baselines).status()).isEqualTo(Status.READY);
        assertThat(chats()).hasSize(2);
    }

    @Test
    void thePromptIsTheBriefWithoutSteering() throws InterruptedException {
        brief.save(nightSkiing());
        answerOnce(ANSWER);
        BaselineService baselines = service();
        baselines.ensure();
        settled(baselines);
        String sent = chats().get(0).body();
        assertThat(sent).contains("Night skiing at Les Arcs", "After work, locals want the mountain to themselves",
                "Fireworks", "Give me ideas for this brief.", "numbered list");
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(sent).doesNotContain(en.get("prompt.role").substring(0, 40), en.get("prompt.cliches"),
                "sparring", "obvious", "technique");
        assertThat(project.baselines().latest().orElseThrow().prompt()).contains("Night skiing at Les Arcs",
                "Give me ideas for this brief.");
    }

    @Test
    void aFrenchBriefIsAskedInFrench() throws InterruptedException {
        brief.save(nightSkiing().with(BriefField.LANGUAGE, "Français"));
        answerOnce(ANSWER);
        BaselineService baselines = service();
        baselines.ensure();
        settled(baselines);
        assertThat(chats().get(0).body()).contains("Donne-moi des id", "Rédige toute ta réponse en français");
    }

    @Test
    void regenerateReplacesThisVersionsBaseline() throws InterruptedException {
        brief.save(nightSkiing());
        answerOnce(ANSWER);
        BaselineService baselines = service();
        baselines.ensure();
        settled(baselines);
        answerOnce(ANSWER.replace("Torchlight", "Lantern"));
        baselines.regenerate();
        BaselineState state = settled(baselines);
        assertThat(state.status()).isEqualTo(Status.READY);
        assertThat(state.baseline().orElseThrow().items().get(0).title()).isEqualTo("Lantern descent");
        assertThat(chats()).hasSize(2);
    }

    @Test
    void theBaselineSurvivesReopeningAndIsNotAskedAgain() throws InterruptedException {
        brief.save(nightSkiing());
        answerOnce(ANSWER);
        BaselineService first = service();
        first.ensure();
        settled(first);
        project.close();
        project = new SqliteProjectFiles().open(dir.resolve("p.offpiste"));
        brief = new BriefService(project.briefs());
        BaselineService reopened = service();
        reopened.ensure();
        BaselineState state = settled(reopened);
        assertThat(state.status()).isEqualTo(Status.READY);
        assertThat(state.baseline().orElseThrow().items()).hasSize(8);
        assertThat(chats()).hasSize(1);
    }

    @Test
    void whileTheModelIsAskedTheStateIsRunningAndNoSecondRequestGoesOut() throws InterruptedException {
        brief.save(nightSkiing());
        server.enqueue(WIRE.drip(List.of(ANSWER.substring(0, 60), ANSWER.substring(60, 200), ANSWER.substring(200)),
                Duration.ofMillis(300)));
        BaselineService baselines = service();
        List<Status> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        baselines.addListener(() -> heard.add(baselines.state().status()));
        baselines.ensure();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (baselines.state().status() != Status.RUNNING && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(baselines.state().status()).isEqualTo(Status.RUNNING);
        baselines.ensure();
        baselines.regenerate();
        assertThat(settled(baselines).status()).isEqualTo(Status.READY);
        assertThat(chats()).hasSize(1);
        assertThat(heard).contains(Status.RUNNING).endsWith(Status.READY);
    }

    @Test
    void closingStopsTheRequestInFlightAtOnceSavesNothingAndFreesTheThreadForTheNextProject() throws Exception {
        brief.save(nightSkiing());
        server.enqueue(WIRE.partial(List.of(ANSWER.substring(0, 60))).thenStall());
        BaselineService baselines = service();
        baselines.ensure();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (chats().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertThat(chats()).as("the stalling request reached the server").hasSize(1);
        assertThat(baselines.state().status()).isEqualTo(Status.RUNNING);

        long closing = System.nanoTime();
        baselines.close();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(1));

        Project next = new SqliteProjectFiles().create(dir.resolve("next.offpiste"));
        try {
            BriefService nextBrief = new BriefService(next.briefs());
            nextBrief.save(nightSkiing());
            answerOnce(ANSWER);
            BaselineService theNext = service(next, nextBrief);
            long asked = System.nanoTime();
            theNext.ensure();
            assertThat(settled(theNext).status()).isEqualTo(Status.READY);
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the shared thread was free")
                    .isLessThan(Duration.ofSeconds(5));
        } finally {
            next.close();
        }
        baselines.ensure();
        assertThat(baselines.busy()).as("a closed service asks nothing").isFalse();
        assertThat(chats()).hasSize(2);
        assertThat(project.baselines().latest()).isEmpty();
    }
}
