package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.project.Problem;
import org.offpiste.project.Project;
import org.offpiste.project.ProjectException;
import org.offpiste.sparring.Conversation;
import org.offpiste.sparring.ConversationStore;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.Provenance;

/** Conversations and their message trees in a real project file. */
class ConversationStoreTest {
    @TempDir
    Path dir;

    private static final Provenance ANSWERED = new Provenance("ollama", "llama3.2", Mode.DIVERGE, "crazy-8s", 3L,
            List.of(4L, 9L), "### system\n\nBe sharp\n\n### user\n\nGo");

    private Project create(String name) {
        return StoreTesting.files(new StepClock()).create(dir.resolve(name));
    }

    private static Message ask(ConversationStore s, long conversation, Long parent, String text) {
        return s.addMessage(conversation, parent, Message.Role.USER, text, MessageStatus.COMPLETE, null);
    }

    private static Message answer(ConversationStore s, long conversation, long parent, String text) {
        return s.addMessage(conversation, parent, Message.Role.ASSISTANT, text, MessageStatus.COMPLETE, ANSWERED);
    }

    @Test
    void messagesFormATreeAndTheThreadFollowsTheSiblingChosenLast() {
        try (Project p = create("a.offpiste")) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("Night ideas").id();
            Message q = ask(s, c, null, "Ideas?");
            Message first = answer(s, c, q.id(), "First");
            Message second = answer(s, c, q.id(), "Second");
            Message follow = ask(s, c, second.id(), "More");

            assertThat(s.thread(c)).extracting(Message::text).containsExactly("Ideas?", "Second", "More");
            s.choose(first.id());
            assertThat(s.thread(c)).extracting(Message::text).containsExactly("Ideas?", "First");
            s.choose(second.id());
            assertThat(s.thread(c)).extracting(Message::text).containsExactly("Ideas?", "Second", "More");
            assertThat(s.messages(c)).extracting(Message::id)
                    .containsExactly(q.id(), first.id(), second.id(), follow.id());
            assertThat(s.message(second.id())).get().extracting(Message::parentId).isEqualTo(q.id());
        }
    }

    @Test
    void choosingTwiceInTheSameMillisecondStillOrdersTheChoices() {
        Path file = dir.resolve("fixed.offpiste");
        Clock fixed = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);
        try (Project p = StoreTesting.files(fixed).create(file)) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("").id();
            Message q = ask(s, c, null, "Q");
            Message a = answer(s, c, q.id(), "A");
            Message b = answer(s, c, q.id(), "B");
            s.choose(a.id());
            assertThat(s.thread(c)).extracting(Message::text).containsExactly("Q", "A");
            s.choose(b.id());
            assertThat(s.thread(c)).extracting(Message::text).containsExactly("Q", "B");
        }
    }

    @Test
    void provenanceAndEveryFieldSurviveReopening() {
        Path file = dir.resolve("b.offpiste");
        Message stored;
        try (Project p = create("b.offpiste")) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("  Été — «quotes» 'x'  ").id();
            Message q = ask(s, c, null, "Ideas?");
            stored = s.addMessage(c, q.id(), Message.Role.ASSISTANT, "", MessageStatus.STREAMING, ANSWERED);
            s.updateAnswer(stored.id(), "Half an ans", MessageStatus.STREAMING, null);
        }
        try (Project p = StoreTesting.files().open(file)) {
            ConversationStore s = p.conversations();
            Conversation c = s.conversations().get(0);
            assertThat(c.title()).isEqualTo("Été — «quotes» 'x'");
            Message m = s.message(stored.id()).orElseThrow();
            assertThat(m.text()).isEqualTo("Half an ans");
            assertThat(m.status()).isEqualTo(MessageStatus.STREAMING);
            assertThat(m.provenance()).isEqualTo(ANSWERED);
            assertThat(m.createdAt()).isEqualTo(stored.createdAt());
            assertThat(s.messages(c.id()).get(0).provenance()).isNull();
        }
    }

    @Test
    void updateAnswerReplacesTextStatusAndFailure() {
        try (Project p = create("c.offpiste")) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("x").id();
            Message q = ask(s, c, null, "Q");
            Message a = s.addMessage(c, q.id(), Message.Role.ASSISTANT, "", MessageStatus.STREAMING, ANSWERED);

            s.updateAnswer(a.id(), "Partial", MessageStatus.INCOMPLETE, "STALLED");

            Message after = s.message(a.id()).orElseThrow();
            assertThat(after.text()).isEqualTo("Partial");
            assertThat(after.status()).isEqualTo(MessageStatus.INCOMPLETE);
            assertThat(after.failure()).isEqualTo("STALLED");
            assertThat(after.updatedAt()).isAfter(a.updatedAt());
            assertThatThrownBy(() -> s.updateAnswer(999, "", MessageStatus.COMPLETE, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void recoverInterruptedTurnsStreamingAnswersIncompleteAndKeepsTheirText() {
        try (Project p = create("d.offpiste")) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("x").id();
            Message q = ask(s, c, null, "Q");
            Message a = s.addMessage(c, q.id(), Message.Role.ASSISTANT, "", MessageStatus.STREAMING, ANSWERED);
            s.updateAnswer(a.id(), "So far", MessageStatus.STREAMING, null);
            Message done = answer(s, c, q.id(), "Done");

            assertThat(s.recoverInterrupted()).isEqualTo(1);
            assertThat(s.recoverInterrupted()).isZero();

            Message recovered = s.message(a.id()).orElseThrow();
            assertThat(recovered.status()).isEqualTo(MessageStatus.INCOMPLETE);
            assertThat(recovered.text()).isEqualTo("So far");
            assertThat(s.message(done.id()).orElseThrow().status()).isEqualTo(MessageStatus.COMPLETE);
        }
    }

    @Test
    void renameAndListMostRecentFirst() {
        try (Project p = create("e.offpiste")) {
            ConversationStore s = p.conversations();
            Conversation a = s.createConversation("A");
            Conversation b = s.createConversation("B");
            assertThat(s.conversations()).extracting(Conversation::title).containsExactly("B", "A");
            ask(s, a.id(), null, "hello");
            assertThat(s.conversations()).extracting(Conversation::title).containsExactly("A", "B");

            Conversation renamed = s.rename(b.id(), " Better ");

            assertThat(renamed.title()).isEqualTo("Better");
            assertThat(s.conversation(b.id())).contains(renamed);
            assertThatThrownBy(() -> s.rename(999, "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void deletingAConversationDeletesItsMessagesOnly() {
        try (Project p = create("f.offpiste")) {
            ConversationStore s = p.conversations();
            long gone = s.createConversation("gone").id();
            long kept = s.createConversation("kept").id();
            Message q = ask(s, gone, null, "Q");
            answer(s, gone, q.id(), "A");
            Message other = ask(s, kept, null, "Other");

            s.deleteConversation(gone);

            assertThat(s.conversation(gone)).isEmpty();
            assertThat(s.messages(gone)).isEmpty();
            assertThat(s.message(q.id())).isEmpty();
            assertThat(s.messages(kept)).containsExactly(other);
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM message")).isEqualTo("1");
        }
    }

    @Test
    void aSettingWrittenAgainReplacesItsValue() {
        try (Project p = create("s.offpiste")) {
            assertThat(p.conversations().setting("tactics")).isEmpty();
            p.conversations().putSetting("tactics", "first");
            p.conversations().putSetting("tactics", "second");
            assertThat(p.conversations().setting("tactics")).contains("second");
            assertThat(StoreTesting.scalar(p, "SELECT count(*) FROM project_setting WHERE key = 'tactics'")).isEqualTo("1");
        }
    }

    @Test
    void theLastProviderIsRememberedAcrossReopeningAndNeverAKey() {
        Path file = dir.resolve("g.offpiste");
        try (Project p = create("g.offpiste")) {
            assertThat(p.conversations().lastProvider()).isEmpty();
            p.conversations().rememberProvider("openai", "gpt-4o-mini");
            p.conversations().rememberProvider("anthropic", "claude-3-5-haiku");
        }
        try (Project p = StoreTesting.files().open(file)) {
            assertThat(p.conversations().lastProvider()).get()
                    .satisfies(v -> assertThat(v).containsExactly("anthropic", "claude-3-5-haiku"));
            assertThat(StoreTesting.scalar(p, "SELECT count(*) || ': ' || min(key) || ',' || max(key) FROM project_setting"))
                    .isEqualTo("2: model,provider");
        }
    }

    @Test
    void aMessageForAMissingConversationIsRefusedAndNothingIsWritten() {
        try (Project p = create("h.offpiste")) {
            assertThatThrownBy(() -> ask(p.conversations(), 42, null, "Q"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(StoreTesting.scalar(p, "SELECT COUNT(*) FROM message")).isEqualTo("0");
        }
    }

    @Tag("file")
    @Test
    void aFullDiskIsAProjectProblem() {
        try (Project p = create("full.offpiste")) {
            ConversationStore s = p.conversations();
            long c = s.createConversation("x").id();
            Message q = ask(s, c, null, "Q");
            Message a = s.addMessage(c, q.id(), Message.Role.ASSISTANT, "", MessageStatus.STREAMING, ANSWERED);
            StoreTesting.file(p).maxPageCount(StoreTesting.file(p).pageCount());

            assertThatThrownBy(() -> s.updateAnswer(a.id(), "x".repeat(200_000), MessageStatus.STREAMING, null))
                    .isInstanceOfSatisfying(ProjectException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DISK_FULL));
            assertThat(s.message(a.id()).orElseThrow().text()).isEmpty();
            StoreTesting.file(p).maxPageCount(1_000_000_000L);
        }
    }

    @Tag("file")
    @Test
    void theVersionTwoSeedReadsThroughTheStore() throws SQLException {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("seed.offpiste"), 2);
        try (Project p = StoreTesting.files().open(file)) {
            ConversationStore s = p.conversations();
            assertThat(s.conversations()).extracting(Conversation::title).containsExactly("Night ideas");
            assertThat(s.thread(1)).extracting(Message::text).containsExactly("Go wild", "1. Moon slalom");
            Message answer = s.message(2).orElseThrow();
            assertThat(answer.status()).isEqualTo(MessageStatus.INCOMPLETE);
            assertThat(answer.failure()).isEqualTo("STALLED");
            assertThat(answer.provenance().ideaIds()).containsExactly(1L, 2L);
            assertThat(answer.provenance().mode()).isEqualTo(Mode.DIVERGE);
            assertThat(s.lastProvider()).get().satisfies(v -> assertThat(v).containsExactly("ollama", "llama3.2"));
        }
    }
}
