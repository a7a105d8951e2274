package org.offpiste.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.ProviderKind;
import org.offpiste.llm.ProviderSettings;
import org.offpiste.project.Project;
import org.offpiste.project.Session;
import org.offpiste.settings.AppDirs;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.RecordingListener;
import org.offpiste.sparring.Turn;
import org.offpiste.store.SqliteProjectFiles;

/** The sessions the application opens can spar, and find answers cut off by a stop marked incomplete. */
class AppContextSparringTest {
    @TempDir
    Path home;

    private AppContext context() {
        return new AppContext(new AppDirs(home.resolve("config"), home.resolve("logs"), home.resolve("projects")));
    }

    @Test
    void theRealProvidersAnswerAndANoServerIsAClearStoredFailure() throws Exception {
        AppContext context = context();
        context.providerPreferences().choose(new ProviderSettings(ProviderKind.OLLAMA, "http://127.0.0.1:9",
                "llama3.2", ProviderSettings.DEFAULT_TEMPERATURE));
        try (Session session = context.create(home.resolve("a.offpiste"))) {
            long c = session.sparring().newConversation("x").id();
            RecordingListener heard = new RecordingListener();
            session.sparring().send(c, new Turn("go", Mode.QUESTION_ME, null, List.of()), heard);

            Message answer = heard.awaitEnd();

            assertThat(answer.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(heard.failure().kind()).isEqualTo(FailureKind.REFUSED);
            assertThat(answer.failure()).isEqualTo("REFUSED");
            assertThat(answer.provenance().provider()).isEqualTo("ollama");
            assertThat(session.sparring().thread(c)).extracting(Message::status)
                    .containsExactly(MessageStatus.COMPLETE, MessageStatus.FAILED);
        }
    }

    @Test
    void openingMarksAnswersLeftStreamingIncomplete() {
        Path file = home.resolve("b.offpiste");
        long answerId;
        try (Project p = new SqliteProjectFiles().create(file)) {
            long c = p.conversations().createConversation("x").id();
            Message q = p.conversations().addMessage(c, null, Message.Role.USER, "go", MessageStatus.COMPLETE, null);
            answerId = p.conversations().addMessage(c, q.id(), Message.Role.ASSISTANT, "half",
                    MessageStatus.STREAMING, null).id();
        }

        try (Session session = context().open(file)) {
            Message answer = session.project().conversations().message(answerId).orElseThrow();
            assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
            assertThat(answer.text()).isEqualTo("half");
        }
    }
}
