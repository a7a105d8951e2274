package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderPreferences;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.DiskSpace;
import org.offpiste.store.SqliteProjectFiles;

/**
 * A real project file whose disk fills up while an answer arrives: nothing is lost, and nothing is
 * silent. Also: a provider that throws never puts a key into what the person is shown.
 */
class AnswerDiskFullTest {
    private static final TechniqueLibrary LIBRARY = TechniqueLibrary.builtIn();
    @TempDir
    Path dir;
    private final ScriptedProvider model = new ScriptedProvider();
    private ScheduledExecutorService scheduler;
    private Project project;
    private SparringService sparring;

    @BeforeEach
    void open() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        project = new SqliteProjectFiles().create(dir.resolve("full.offpiste"));
        ProviderPreferences preferences = new ProviderPreferences(new Settings(dir.resolve("config")));
        preferences.choose(ProviderSettings.defaults(ProviderKind.OLLAMA).withModel("llama3.2"));
        sparring = new SparringService(project.conversations(), new BriefService(project.briefs()),
                new BoardService(project.ideas(), () -> "Ana"), LIBRARY, model, preferences, Clock.systemUTC(),
                () -> Locale.ENGLISH, scheduler);
    }

    @AfterEach
    void close() {
        DiskSpace.free(project);
        sparring.close();
        project.close();
        scheduler.shutdownNow();
    }

    private static String[] bigDeltas(int count) {
        String[] deltas = new String[count];
        for (int i = 0; i < count; i++) {
            deltas[i] = ("paragraph " + i + " ").repeat(400) + "\n";
        }
        return deltas;
    }

    private Message row(long id) {
        return project.conversations().message(id).orElseThrow();
    }

    private Message awaitRow(long id, Predicate<Message> until) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Message m = row(id);
        while (!until.test(m)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the row never became as expected: " + m.status() + " " + m.text().length());
            }
            Thread.sleep(10);
            m = row(id);
        }
        return m;
    }

    @Test
    void aDiskThatFillsUpMidAnswerKeepsTheTextAndTheEndSaysItIsNotSaved() throws Exception {
        String[] deltas = bigDeltas(30);
        String whole = String.join("", deltas);
        model.then(ScriptedProvider.answer(deltas).gap(30));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, new Turn("go", Mode.QUESTION_ME, null, List.of()), heard);
        awaitRow(x.answer().id(), m -> !m.text().isEmpty());

        DiskSpace.fillUp(project);
        Message answer = heard.awaitEnd();

        assertThat(answer.text()).as("the whole answer is still there for the window").isEqualTo(whole);
        assertThat(heard.text()).isEqualTo(whole);
        assertThat(heard.failure()).isNotNull();
        assertThat(heard.failure().kind()).isEqualTo(FailureKind.DISK_FULL);
        assertThat(heard.failure().messageKey()).isEqualTo("llm.failure.DISK_FULL");
        Message onDisk = row(x.answer().id());
        assertThat(onDisk.status()).as("what the file could keep: read back as incomplete after a restart")
                .isEqualTo(MessageStatus.STREAMING);
        assertThat(onDisk.text()).isNotEmpty().hasSizeLessThan(whole.length());
        assertThat(whole).startsWith(onDisk.text());
    }

    @Test
    void aFailedWriteIsTriedAgainAtTheNextTickEvenWithoutNewText() throws Exception {
        String[] deltas = bigDeltas(12);
        String whole = String.join("", deltas);
        model.then(ScriptedProvider.answer(deltas).gap(30).thenHold());
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, new Turn("go", Mode.QUESTION_ME, null, List.of()), heard);
        awaitRow(x.answer().id(), m -> !m.text().isEmpty());
        DiskSpace.fillUp(project);
        heard.awaitText(whole.length());
        Thread.sleep(3 * AnswerStream.WRITE_EVERY.toMillis());
        assertThat(row(x.answer().id()).text()).as("the disk is full").hasSizeLessThan(whole.length());

        DiskSpace.free(project);

        Message caughtUp = awaitRow(x.answer().id(), m -> m.text().equals(whole));
        assertThat(caughtUp.status()).isEqualTo(MessageStatus.STREAMING);
        x.stop();
        assertThat(heard.awaitEnd().status()).isEqualTo(MessageStatus.STOPPED);
        assertThat(heard.failure()).isNull();
        assertThat(row(x.answer().id()).text()).isEqualTo(whole);
    }

    @Test
    void spaceFreedBeforeTheEndSavesTheWholeAnswerWithoutComplaint() throws Exception {
        String[] deltas = bigDeltas(40);
        String whole = String.join("", deltas);
        model.then(ScriptedProvider.answer(deltas).gap(30));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();
        Exchange x = sparring.send(c, new Turn("go", Mode.QUESTION_ME, null, List.of()), heard);
        awaitRow(x.answer().id(), m -> !m.text().isEmpty());
        DiskSpace.fillUp(project);
        heard.awaitText(String.join("", List.of(deltas).subList(0, 20)).length());
        assertThat(heard.ended()).isFalse();
        DiskSpace.free(project);

        Message answer = heard.awaitEnd();

        assertThat(heard.failure()).isNull();
        assertThat(answer.status()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(row(x.answer().id()).text()).isEqualTo(whole);
    }

    @Test
    void aProviderThatThrowsIsAFailureWithoutTheKeyInIt() throws Exception {
        model.refuseWith(new IllegalStateException("request to http://x failed, Authorization: Bearer zzPLAINkey42"
                + " api_key=qq7PLAIN sk-" + "abcdef1234567890"));
        long c = sparring.newConversation("").id();
        RecordingListener heard = new RecordingListener();

        sparring.send(c, new Turn("go", Mode.QUESTION_ME, null, List.of()), heard);
        Message answer = heard.awaitEnd();

        assertThat(answer.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(heard.failure().kind()).isEqualTo(FailureKind.OTHER);
        assertThat(heard.failure().detail()).startsWith("IllegalStateException: request to http://x failed")
                .doesNotContain("zzPLAINkey42", "qq7PLAIN", "sk-" + "abcdef1234567890");
    }
}
