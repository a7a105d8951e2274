package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.IdeaQuery;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.BriefVersion;
import org.offpiste.capture.Capture;
import org.offpiste.capture.Ideation;
import org.offpiste.capture.TestCaptures;
import org.offpiste.ideation.SampleBriefs;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Baselines;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;

/** Sparring with the capture: the ideas of an answer reach the board while it streams. */
class SparringCaptureTest {
    private static final TechniqueLibrary LIBRARY = TechniqueLibrary.builtIn();
    private static final String[] LINES = {
        "Three ideas:\n\n",
        "1. **[Eliminate] The silent museum** — No audio guides: visitors whisper stories.\n",
        "2. **[Reverse] Exhibits visit you** — Skeletons tour the night buses.\n",
        "3. **[Combine] Fossil karaoke** — Sing the song of each era under the whale.\n",
        "\nEnjoy!\n"};
    @TempDir
    Path dir;
    private final ScriptedProvider model = new ScriptedProvider();
    private final AtomicInteger ensured = new AtomicInteger();
    private ScheduledExecutorService scheduler;
    private ExecutorService captureThread;
    private Project project;
    private BoardService board;
    private BriefVersion version;
    private SparringService sparring;

    @BeforeEach
    void open() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        captureThread = Executors.newSingleThreadExecutor();
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        BriefService brief = new BriefService(project.briefs());
        version = brief.save(SampleBriefs.museumLate());
        board = new BoardService(project.ideas(), () -> "Ana");
        ProviderPreferences preferences = new ProviderPreferences(new Settings(dir.resolve("config")));
        preferences.choose(ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2"));
        Ideation ideation = new Ideation(TestCaptures.service(project, board, null), null, new CountingBaselines(),
                new CrowdedThemes());
        sparring = new SparringService(project.conversations(), brief, board, () -> LIBRARY, model, preferences,
                Clock.systemUTC(), () -> Locale.ENGLISH, scheduler, ideation, captureThread);
    }

    @AfterEach
    void close() {
        sparring.close();
        project.close();
        scheduler.shutdownNow();
        captureThread.shutdownNow();
    }

    /** Hears the captures, and how many ideas were on the board when each arrived. */
    private final class Heard extends RecordingListener {
        final List<Capture> captures = new CopyOnWriteArrayList<>();
        final List<Integer> boardSizes = new CopyOnWriteArrayList<>();
        final List<Boolean> endedYet = new CopyOnWriteArrayList<>();

        @Override
        public void captured(Capture capture) {
            captures.add(capture);
            boardSizes.add(board.store().count());
            endedYet.add(ended());
        }
    }

    private Turn scamper() {
        return new Turn("", Mode.DIVERGE, "scamper", List.of());
    }

    @Test
    void ideasLandInTheInboxOneByOneWhileTheAnswerStreams() throws Exception {
        model.then(ScriptedProvider.answer(LINES).gap(150));
        long c = sparring.newConversation("").id();
        Heard heard = new Heard();

        Exchange x = sparring.send(c, scamper(), heard);
        while (heard.captures.isEmpty() && !heard.ended()) {
            Thread.sleep(10);
        }
        assertThat(heard.ended()).as("the first idea is on the board before the answer ends").isFalse();
        assertThat(board.store().count()).isGreaterThanOrEqualTo(1);
        Message answer = heard.awaitEnd();

        assertThat(heard.captures).extracting(Capture::title)
                .containsExactly("The silent museum", "Exhibits visit you", "Fossil karaoke");
        assertThat(heard.boardSizes).containsExactly(1, 2, 3);
        assertThat(heard.endedYet).containsOnly(false);
        IdeaOrigin origin = project.origins().origins(List.of(heard.captures.get(1).ideaId()))
                .get(heard.captures.get(1).ideaId());
        assertThat(origin.messageId()).isEqualTo(answer.id());
        assertThat(origin.conversationId()).isEqualTo(c);
        assertThat(origin.techniqueId()).isEqualTo("scamper");
        assertThat(origin.facet()).isEqualTo("Reverse");
        assertThat(origin.provider()).isEqualTo("ollama");
        assertThat(origin.model()).isEqualTo("llama3.2");
        assertThat(origin.briefVersionId()).isEqualTo(version.id());
        assertThat(board.store().find(origin.ideaId()).orElseThrow().author()).isEqualTo("llama3.2 (ollama)");
        assertThat(x.answer().id()).isEqualTo(answer.id());
        assertThat(ensured.get()).as("a complete Diverge answer asks for the baseline").isEqualTo(1);
    }

    @Test
    void regeneratingTheSameAnswerAddsNothingTwice() throws Exception {
        model.then(ScriptedProvider.answer(LINES)).then(ScriptedProvider.answer(LINES));
        long c = sparring.newConversation("").id();
        Heard first = new Heard();
        sparring.send(c, scamper(), first);
        Message answer = first.awaitEnd();

        Heard again = new Heard();
        sparring.regenerate(answer.id(), again);
        again.awaitEnd();

        assertThat(board.store().count()).isEqualTo(3);
        assertThat(again.captures).hasSize(3).allSatisfy(k -> assertThat(k.onBoard()).isFalse());
        assertThat(again.captures).extracting(Capture::duplicateOf)
                .containsExactlyElementsOf(first.captures.stream().map(Capture::ideaId).toList());
    }

    @Test
    void aFailedAnswerKeepsTheIdeasCapturedBeforeTheFailure() throws Exception {
        model.then(ScriptedProvider.answer(LINES[0], LINES[1], LINES[2], "3. **[Combine] Fos")
                .thenFail(Ending.FAILED, FailureKind.SERVER_ERROR));
        long c = sparring.newConversation("").id();
        Heard heard = new Heard();
        sparring.send(c, scamper(), heard);
        Message answer = heard.awaitEnd();

        assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
        assertThat(heard.failure()).extracting(LlmFailure::kind).isEqualTo(FailureKind.SERVER_ERROR);
        assertThat(heard.captures).extracting(Capture::title).containsExactly("The silent museum", "Exhibits visit you");
        assertThat(board.store().query(IdeaQuery.all())).extracting(Idea::title)
                .containsExactlyInAnyOrder("The silent museum", "Exhibits visit you")
                .doesNotContain("Fos");
        assertThat(ensured.get()).isZero();
    }

    @Test
    void aVisualizeAnswersPromptsAreKeptOnTheIdeaBeforeTheListenerHearsTheEnd() throws Exception {
        long idea = board.add("Fossil karaoke", "Sing under the whale", List.of(), org.offpiste.board.IdeaStatus.INBOX)
                .id();
        model.then(ScriptedProvider.answer("**Midjourney:**\n\n```\n",
                "a whale skeleton above a karaoke stage, night, neon --ar 4:5\n```\n"));
        long c = sparring.newConversation("").id();
        List<Integer> keptAtEnd = new CopyOnWriteArrayList<>();
        RecordingListener heard = new RecordingListener() {
            @Override
            public void ended(Message answer, org.offpiste.llm.LlmFailure failure) {
                keptAtEnd.add(project.origins().visualPrompts(idea).size());
                super.ended(answer, failure);
            }
        };

        sparring.send(c, new Turn("", Mode.VISUALIZE, null, List.of(idea)), heard);
        heard.awaitEnd();

        assertThat(keptAtEnd).containsExactly(1);
        assertThat(project.origins().visualPrompts(idea).get(0).prompt()).startsWith("a whale skeleton");
    }

    @Test
    void aChallengeAnswerIsNotCaptured() throws Exception {
        model.then(ScriptedProvider.answer(LINES));
        long c = sparring.newConversation("").id();
        Heard heard = new Heard();
        sparring.send(c, new Turn("", Mode.QUESTION_ME, null, List.of()), heard);
        heard.awaitEnd();

        assertThat(heard.captures).isEmpty();
        assertThat(board.store().count()).isZero();
        assertThat(ensured.get()).isZero();
    }

    @Test
    void showPromptShowsExactlyWhatIsSentWithTacticsAndPushFurtherAndRetryResendsIt() throws Exception {
        board.add("Fossil pub quiz", "Among the skeletons", List.of(), org.offpiste.board.IdeaStatus.INBOX);
        model.then(ScriptedProvider.answer("1. **A** — a\n").thenFail(Ending.FAILED, FailureKind.SERVER_ERROR))
                .then(ScriptedProvider.answer(LINES));
        long c = sparring.newConversation("").id();
        Turn turn = new Turn("", Mode.DIVERGE, "scamper", List.of(),
                java.util.EnumSet.of(org.offpiste.ideation.Tactic.PERSONA_POOL, org.offpiste.ideation.Tactic.REVISE),
                true);

        Prompt preview = sparring.preview(c, turn);
        Heard heard = new Heard();
        sparring.send(c, turn, heard);
        Message failed = heard.awaitEnd();
        org.offpiste.llm.ModelRequest sent = model.lastRequest();

        assertThat(new Prompt(sent.system(), sent.turns()).asText()).isEqualTo(preview.asText());
        assertThat(preview.asText()).contains("three ordinary people").contains("Draft the ideas for yourself")
                .contains("- quiz nights").contains("- Fossil pub quiz").doesNotContain("Reach for long shots");

        Heard retried = new Heard();
        sparring.retry(failed.id(), retried);
        retried.awaitEnd();
        assertThat(model.lastRequest().turns()).isEqualTo(sent.turns());
    }

    private static final class CrowdedThemes implements org.offpiste.novelty.Themes {
        @Override
        public List<org.offpiste.novelty.Theme> themes() {
            return List.of();
        }

        @Override
        public List<org.offpiste.novelty.Theme> find() {
            return List.of();
        }

        @Override
        public org.offpiste.novelty.Theme rename(long themeId, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> crowded(int max) {
            return List.of("quiz nights");
        }

        @Override
        public void addListener(Runnable changed) {
        }

        @Override
        public void removeListener(Runnable changed) {
        }
    }

    private final class CountingBaselines implements Baselines {
        @Override
        public BaselineState state() {
            return null;
        }

        @Override
        public void ensure() {
            ensured.incrementAndGet();
        }

        @Override
        public void regenerate() {
        }

        @Override
        public void addListener(Runnable changed) {
        }

        @Override
        public void removeListener(Runnable changed) {
        }
    }
}
