package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.BriefService;
import org.offpiste.brief.BriefVersion;
import org.offpiste.ideation.SampleBriefs;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.ChatTurn;
import org.offpiste.llm.Ending;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.ModelRequest;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;

/** Sparring on a real project file with a scripted model streaming on its own thread. */
class SparringServiceTest {
    private static final TechniqueLibrary LIBRARY = TechniqueLibrary.builtIn();
    @TempDir
    Path dir;
    private final ScriptedProvider model = new ScriptedProvider();
    private ScheduledExecutorService scheduler;
    private Project project;
    private BriefService brief;
    private BoardService board;
    private ProviderPreferences preferences;
    private SparringService sparring;

    @BeforeEach
    void open() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        project = new SqliteProjectFiles().create(dir.resolve("p.offpiste"));
        brief = new BriefService(project.briefs());
        board = new BoardService(project.ideas(), () -> "Ana");
        preferences = new ProviderPreferences(new Settings(dir.resolve("config")));
        preferences.choose(ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2"));
        sparring = service();
    }

    private SparringService service() {
        return new SparringService(project.conversations(), brief, board, LIBRARY, model, preferences,
                Clock.systemUTC(), () -> Locale.ENGLISH, scheduler);
    }

    @AfterEach
    void close() {
        sparring.close();
        project.close();
        scheduler.shutdownNow();
    }

    private Message stored(long id) {
        return project.conversations().message(id).orElseThrow();
    }

    private static Turn ask(String text) {
        return new Turn(text, Mode.QUESTION_ME, null, List.of());
    }

    @Test
    void anAnswerStreamsToTheListenerAndIsStoredCompleteWithItsProvenance() throws Exception {
        BriefVersion version = brief.save(SampleBriefs.museumLate());
        Idea quiz = board.add("Fossil pub quiz", "Among the skeletons", List.of("night"), IdeaStatus.INBOX);
        model.then(ScriptedProvider.answer("Risk: ", "it is ", "a pub quiz."));
        long c = sparring.newConversation("Challenge").id();
        RecordingListener heard = new RecordingListener();

        Exchange x = sparring.send(c, new Turn("Be harsh", Mode.CHALLENGE, null, List.of(quiz.id())), heard);
        Message answer = heard.awaitEnd();

        assertThat(x.answer().status()).isEqualTo(MessageStatus.STREAMING);
        assertThat(x.answer().text()).isEmpty();
        assertThat(heard.text()).isEqualTo("Risk: it is a pub quiz.");
        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(stored(x.answer().id())).isEqualTo(answer);
        assertThat(answer.text()).isEqualTo("Risk: it is a pub quiz.");
        Provenance p = answer.provenance();
        assertThat(p.provider()).isEqualTo("ollama");
        assertThat(p.model()).isEqualTo("llama3.2");
        assertThat(p.mode()).isEqualTo(Mode.CHALLENGE);
        assertThat(p.techniqueId()).isNull();
        assertThat(p.briefVersionId()).isEqualTo(version.id());
        assertThat(p.ideaIds()).containsExactly(quiz.id());
        ModelRequest sent = model.lastRequest();
        assertThat(p.prompt()).isEqualTo(new Prompt(sent.system(), sent.turns()).asText())
                .contains("They love weird facts").contains("Fossil pub quiz").contains("Be harsh");
        assertThat(stored(x.question().id()).text()).isEqualTo("Be harsh");
        assertThat(project.conversations().lastProvider()).get()
                .satisfies(v -> assertThat(v).containsExactly("ollama", "llama3.2"));
        assertThat(sparring.running(c)).isEmpty();
    }

    @Test
    void theTextIsInTheFileWhileItIsStillStreaming() throws Exception {
        String[] deltas = new String[60];
        for (int i = 0; i < deltas.length; i++) {
            deltas[i] = "w" + i + " ";
        }
        model.then(ScriptedProvider.answer(deltas).gap(25));
        long c = sparring.newConversation("slow").id();
        RecordingListener heard = new RecordingListener();

        Exchange x = sparring.send(c, ask("go"), heard);
        heard.awaitText(60);
        Thread.sleep(2 * AnswerStream.WRITE_EVERY.toMillis());
        Message midway = stored(x.answer().id());

        assertThat(heard.ended()).isFalse();
        assertThat(midway.status()).isEqualTo(MessageStatus.STREAMING);
        assertThat(midway.text()).isNotEmpty();
        assertThat(String.join("", deltas)).startsWith(midway.text());
        assertThat(midway.text().length()).isLessThan(String.join("", deltas).length());
        assertThat(heard.awaitEnd().text()).isEqualTo(String.join("", deltas));
    }

    @Test
    void theTextIsWrittenAtMostEveryFifthOfASecondNotOncePerDelta() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        ConversationStore real = project.conversations();
        ConversationStore counting = (ConversationStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConversationStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("updateAnswer")) {
                        writes.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        String[] deltas = new String[200];
        Arrays.fill(deltas, "x");
        model.then(ScriptedProvider.answer(deltas).gap(5));
        SparringService throttled = new SparringService(counting, brief, board, LIBRARY, model, preferences,
                Clock.systemUTC(), () -> Locale.ENGLISH, scheduler);
        long c = throttled.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        long start = System.nanoTime();
        throttled.send(c, ask("go"), heard);

        assertThat(heard.awaitEnd().text()).hasSize(200);

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(writes.get()).as("writes over %d ms", millis)
                .isGreaterThanOrEqualTo(2).isLessThanOrEqualTo((int) (millis / AnswerStream.WRITE_EVERY.toMillis()) + 2);
    }

    @Test
    void stopKeepsWhatArrivedMarkedStopped() throws Exception {
        model.then(ScriptedProvider.answer("One. ", "Two. ").thenHold());
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, ask("go"), heard);
        heard.awaitText("One. Two. ".length());

        x.stop();
        Message answer = heard.awaitEnd();

        assertThat(answer.status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(answer.text()).isEqualTo("One. Two. ");
        assertThat(stored(answer.id())).isEqualTo(answer);
        assertThat(heard.failure()).isNull();
    }

    @Test
    void stopEndsTheAnswerEvenWhenTheProviderNeverAnswersAgain() throws Exception {
        model.then(ScriptedProvider.answer("Half").thenDeaf());
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, ask("go"), heard);
        heard.awaitText(4);

        x.stop();

        assertThat(heard.awaitEnd().status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(stored(x.answer().id()).text()).isEqualTo("Half");
        assertThat(sparring.running(c)).isEmpty();
    }

    @Test
    void regenerateKeepsTheEarlierAnswerAsAnAlternative() throws Exception {
        model.then(ScriptedProvider.answer("First")).then(ScriptedProvider.answer("Second"));
        long c = sparring.newConversation("").id();
        RecordingListener one = new RecordingListener();
        Exchange x = sparring.send(c, ask("Ideas?"), one);
        Message first = one.awaitEnd();

        RecordingListener two = new RecordingListener();
        Exchange again = sparring.regenerate(first.id(), two);
        Message second = two.awaitEnd();

        assertThat(again.question()).isEqualTo(x.question());
        assertThat(second.parentId()).isEqualTo(x.question().id());
        assertThat(sparring.alternatives(second.id())).extracting(Message::text).containsExactly("First", "Second");
        assertThat(sparring.thread(c)).extracting(Message::text).containsExactly("Ideas?", "Second");
        assertThat(model.requests().get(1).turns()).isEqualTo(model.requests().get(0).turns());
        sparring.choose(first.id());
        assertThat(sparring.thread(c)).extracting(Message::text).containsExactly("Ideas?", "First");
    }

    @Test
    void editAndResendAnswersAnEditedCopyBesideTheOriginal() throws Exception {
        model.then(ScriptedProvider.answer("A1")).then(ScriptedProvider.answer("A2"));
        long c = sparring.newConversation("").id();
        RecordingListener one = new RecordingListener();
        Exchange x = sparring.send(c, ask("first wording"), one);
        one.awaitEnd();

        RecordingListener two = new RecordingListener();
        Exchange edited = sparring.editAndResend(x.question().id(), "better wording", two);
        two.awaitEnd();

        assertThat(edited.question().parentId()).isNull();
        assertThat(sparring.alternatives(edited.question().id())).extracting(Message::text)
                .containsExactly("first wording", "better wording");
        assertThat(sparring.thread(c)).extracting(Message::text).containsExactly("better wording", "A2");
        List<ChatTurn> turns = model.lastRequest().turns();
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).text()).contains("better wording").doesNotContain("first wording");
        assertThat(edited.question().provenance().mode()).isEqualTo(Mode.QUESTION_ME);
    }

    @Test
    void aFailedAnswerIsStoredWithItsCauseAndRetryAsksAgain() throws Exception {
        model.then(ScriptedProvider.answer().thenFail(Ending.FAILED, FailureKind.REFUSED))
                .then(ScriptedProvider.answer("Now it works"));
        long c = sparring.newConversation("").id();
        RecordingListener one = new RecordingListener();
        sparring.send(c, ask("go"), one);
        Message failed = one.awaitEnd();

        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("REFUSED");
        assertThat(one.failure().kind()).isEqualTo(FailureKind.REFUSED);

        RecordingListener two = new RecordingListener();
        Message retried = sparring.retry(failed.id(), two).answer();
        Message done = two.awaitEnd();

        assertThat(done.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(sparring.alternatives(retried.id())).extracting(Message::status)
                .containsExactly(MessageStatus.FAILED, MessageStatus.COMPLETE);
        assertThat(sparring.thread(c)).extracting(Message::text).containsExactly("go", "Now it works");
        assertThatThrownBy(() -> sparring.retry(done.id(), new RecordingListener()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textThenAFailureIsKeptAsAnIncompleteAnswer() throws Exception {
        model.then(ScriptedProvider.answer("Half an ").thenFail(Ending.FAILED, FailureKind.RESET));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        sparring.send(c, ask("go"), heard);

        Message answer = heard.awaitEnd();

        assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
        assertThat(answer.text()).isEqualTo("Half an ");
        assertThat(answer.failure()).isEqualTo("RESET");
    }

    @Test
    void waitsBeforeRetryingReachTheListener() throws Exception {
        model.then(ScriptedProvider.answer("ok").afterWaits(2));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        sparring.send(c, ask("go"), heard);
        heard.awaitEnd();

        assertThat(heard.waits()).containsExactly(2, 3);
    }

    @Test
    void aProviderThatThrowsEndsTheAnswerAsFailed() throws Exception {
        model.refuseWith(new IllegalStateException("no such model"));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, ask("go"), heard);

        assertThat(heard.awaitEnd().status()).isEqualTo(MessageStatus.FAILED);
        assertThat(stored(x.answer().id()).failure()).isEqualTo("OTHER");
        assertThat(sparring.running(c)).isEmpty();
    }

    @Test
    void oneAnswerAtATimePerConversation() throws Exception {
        model.then(ScriptedProvider.answer("x").thenHold()).then(ScriptedProvider.answer("y"));
        long c = sparring.newConversation("a").id();
        long other = sparring.newConversation("b").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, ask("go"), heard);

        assertThat(sparring.running(c)).contains(x);
        assertThatThrownBy(() -> sparring.send(c, ask("again"), new RecordingListener()))
                .isInstanceOf(IllegalStateException.class);
        RecordingListener elsewhere = new RecordingListener();
        sparring.send(other, ask("fine"), elsewhere);
        assertThat(elsewhere.awaitEnd().text()).isEqualTo("y");

        x.stop();
        heard.awaitEnd();
        assertThat(sparring.running(c)).isEmpty();
    }

    @Test
    void laterTurnsResendTheThreadAsItWasSentFollowingTheChosenAlternatives() throws Exception {
        brief.save(SampleBriefs.museumLate());
        model.then(ScriptedProvider.answer("A")).then(ScriptedProvider.answer("B"))
                .then(ScriptedProvider.answer("C"));
        long c = sparring.newConversation("").id();
        RecordingListener one = new RecordingListener();
        Exchange first = sparring.send(c, new Turn("wild ones", Mode.DIVERGE, "crazy-8s", List.of()), one);
        one.awaitEnd();
        ChatTurn firstTurn = model.lastRequest().turns().get(0);
        RecordingListener two = new RecordingListener();
        sparring.regenerate(first.answer().id(), two);
        two.awaitEnd();
        sparring.choose(first.answer().id());

        RecordingListener three = new RecordingListener();
        sparring.send(c, ask("which is boldest?"), three);
        three.awaitEnd();

        List<ChatTurn> turns = model.lastRequest().turns();
        assertThat(turns).hasSize(3);
        assertThat(turns.get(0)).isEqualTo(firstTurn);
        assertThat(firstTurn.text()).contains("Crazy 8s").contains("wild ones");
        assertThat(turns.get(1)).isEqualTo(ChatTurn.assistant("A"));
        assertThat(turns.get(2).text()).contains("which is boldest?");
        assertThat(sparring.thread(c)).extracting(Message::text)
                .containsExactly("wild ones", "A", "which is boldest?", "C");
    }

    @Test
    void showPromptShowsExactlyWhatIsSentDrawIncluded() throws Exception {
        brief.save(SampleBriefs.museumLate());
        long c = sparring.newConversation("").id();
        Turn turn = new Turn("go", Mode.DIVERGE, "random-stimulus", List.of());

        Prompt preview = sparring.preview(c, turn);
        assertThat(sparring.preview(c, turn)).isEqualTo(preview);
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, turn, heard);
        heard.awaitEnd();

        ModelRequest sent = model.lastRequest();
        assertThat(new Prompt(sent.system(), sent.turns())).isEqualTo(preview);
        assertThat(x.answer().provenance().prompt()).isEqualTo(preview.asText());
        assertThat(x.answer().provenance().techniqueId()).isEqualTo("random-stimulus");
    }

    @Test
    void anUnknownIdeaIsRefusedBeforeAnythingIsStored() {
        long c = sparring.newConversation("").id();

        assertThatThrownBy(() -> sparring.send(c, new Turn("", Mode.CHALLENGE, null, List.of(404L)),
                new RecordingListener())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("404");
        assertThat(project.conversations().messages(c)).isEmpty();
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void theProviderUsedIsRememberedByTheProject() {
        assertThat(sparring.provider()).isEqualTo(preferences.current());

        sparring.useProvider(ProviderSettings.defaults(ProviderKind.ANTHROPIC).withModel("claude-3-5-haiku"));

        SparringService later = service();
        assertThat(later.provider().kind()).isEqualTo(ProviderKind.ANTHROPIC);
        assertThat(later.provider().model()).isEqualTo("claude-3-5-haiku");
    }

    @Test
    void aFirstMessageNamesAnUntitledConversation() throws Exception {
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        sparring.send(c, ask("Night events for people who never visit museums\nmore"), heard);
        heard.awaitEnd();

        assertThat(sparring.conversations()).extracting(Conversation::title)
                .containsExactly("Night events for people who never visit museums");
    }

    @Test
    void closingStopsAndWritesRunningAnswers() throws Exception {
        model.then(ScriptedProvider.answer("Kept").thenHold());
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, ask("go"), heard);
        heard.awaitText(4);

        sparring.close();

        assertThat(heard.ended()).isTrue();
        assertThat(stored(x.answer().id()).status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(stored(x.answer().id()).text()).isEqualTo("Kept");
    }

    @Test
    void deletingAConversationStopsItsAnswerFirst() throws Exception {
        model.then(ScriptedProvider.answer("x").thenHold());
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        sparring.send(c, ask("go"), heard);
        heard.awaitText(1);

        sparring.delete(c);

        assertThat(heard.ended()).isTrue();
        assertThat(sparring.conversations()).isEmpty();
    }
}
