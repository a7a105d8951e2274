package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.llm.FailureKind;
import org.offpiste.ui.DirectFrameScheduler;
import org.offpiste.ui.DirectTaskExecutor;

class SparringViewModelTest {
    private final FakeSparring sparring = new FakeSparring();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final DirectFrameScheduler frames = new DirectFrameScheduler(false);
    private final SparringViewModel vm = viewModel();

    private SparringViewModel viewModel() {
        SparringViewModel v = new SparringViewModel(sparring, new DirectTaskExecutor(), frames, dialogs,
                TechniqueLibrary.builtIn());
        v.setMessages(new Messages(Messages.ENGLISH));
        return v;
    }

    @Test
    void sendingCreatesAConversationNamedAfterTheMessageAndShowsTheAnswer() {
        sparring.next(FakeSparring.Script.answer("# Ideas\n", "- one\n", "- two\n"));
        vm.composer().textProperty().set("Ideas for the museum late\nmore");
        vm.send();

        assertThat(vm.conversations()).extracting(Conversation::title).containsExactly("Ideas for the museum late");
        assertThat(vm.thread()).hasSize(2);
        MessageItem answer = vm.thread().get(1);
        assertThat(answer.getText()).isEqualTo("# Ideas\n- one\n- two\n");
        assertThat(answer.getStatus()).isEqualTo(MessageStatus.COMPLETE);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.composer().textProperty().get()).isEmpty();
        assertThat(sparring.sent.get(0).techniqueId()).isNull();
    }

    @Test
    void tokensReachTheScreenOncePerFrameHoweverManyArrive() {
        vm.composer().textProperty().set("go");
        vm.newConversation();
        StreamFollower follower = new StreamFollower(new DirectTaskExecutor(), frames, () -> { }, f -> { });
        MessageItem item = new MessageItem(new Message(1, 1, null, Message.Role.ASSISTANT, "",
                MessageStatus.STREAMING, null, null, null, null), 1, 1);
        follower.attach(item);
        for (int i = 0; i < 50; i++) {
            follower.text("t" + i + " ");
        }
        assertThat(item.getText()).isEmpty();
        frames.frame();
        assertThat(item.getText()).startsWith("t0 t1 ").endsWith("t49 ");
    }

    @Test
    void aProviderThatWaitsBeforeTryingAgainShowsItOnTheAnswer() {
        StreamFollower follower = new StreamFollower(new DirectTaskExecutor(), frames, () -> { }, f -> { });
        MessageItem item = new MessageItem(new Message(1, 1, null, Message.Role.ASSISTANT, "",
                MessageStatus.STREAMING, null, null, null, null), 1, 1);
        follower.attach(item);
        follower.waiting(2, Duration.ofSeconds(8), new org.offpiste.llm.LlmFailure(FailureKind.RATE_LIMITED,
                org.offpiste.llm.ProviderKind.OPENAI, "gpt-4o-mini", "api.openai.com", "429"));
        assertThat(item.waitingProperty().get().attempt()).isEqualTo(2);
        assertThat(item.waitingProperty().get().maxAttempts()).isEqualTo(4);
        MessageTexts texts = new MessageTexts(new Messages(Messages.ENGLISH), List.of(), () -> null);
        assertThat(texts.waiting(item)).endsWith("trying again in 8 s (attempt 2 of 4)");
        follower.text("Hi");
        frames.frame();
        assertThat(item.waitingProperty().get()).isNull();
    }

    @Test
    void aFailedAnswerKeepsItsCauseAndRetryReplacesItWithAnAlternative() {
        sparring.next(FakeSparring.Script.failing(FailureKind.REFUSED), FakeSparring.Script.answer("Now it works."));
        vm.composer().textProperty().set("Hello");
        vm.send();
        MessageItem failed = vm.thread().get(1);
        assertThat(failed.getStatus()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.failureProperty().get().kind()).isEqualTo(FailureKind.REFUSED);
        assertThat(failed.canRetry()).isTrue();

        vm.retry(failed);
        frames.frame();
        MessageItem again = vm.thread().get(1);
        assertThat(again.getText()).isEqualTo("Now it works.");
        assertThat(again.alternativeProperty().get()).isEqualTo(2);
        assertThat(again.alternativesProperty().get()).isEqualTo(2);
    }

    @Test
    void regenerateKeepsTheEarlierAnswerReachable() {
        sparring.next(FakeSparring.Script.answer("First."), FakeSparring.Script.answer("Second."));
        vm.composer().textProperty().set("Hello");
        vm.send();
        vm.regenerate(vm.thread().get(1));
        assertThat(vm.thread().get(1).getText()).isEqualTo("Second.");

        vm.showAlternative(vm.thread().get(1), -1);
        assertThat(vm.thread().get(1).getText()).isEqualTo("First.");
        assertThat(vm.thread().get(1).alternativeProperty().get()).isEqualTo(1);
        assertThat(vm.thread().get(1).alternativesProperty().get()).isEqualTo(2);
    }

    @Test
    void editAndResendStoresANewVersionOfTheQuestion() {
        sparring.next(FakeSparring.Script.answer("A."), FakeSparring.Script.answer("B."));
        vm.composer().textProperty().set("Old question");
        vm.send();
        vm.startEdit(vm.thread().get(0));
        assertThat(vm.composer().textProperty().get()).isEqualTo("Old question");
        vm.composer().textProperty().set("New question");
        vm.send();

        assertThat(vm.thread()).extracting(MessageItem::getText).containsExactly("New question", "B.");
        assertThat(vm.thread().get(0).alternativesProperty().get()).isEqualTo(2);
        assertThat(vm.composer().editingProperty().get()).isNull();
    }

    @Test
    void modesOnSelectedIdeasWaitForASelectionAndSendTheIds() {
        vm.composer().modeProperty().set(Mode.CHALLENGE);
        assertThat(vm.canSendBinding().get()).isFalse();
        vm.composer().selectedIdeas().setAll(List.of(4L, 9L));
        assertThat(vm.canSendBinding().get()).isTrue();
        vm.send();
        assertThat(sparring.sent.get(0).ideaIds()).containsExactly(4L, 9L);
        assertThat(sparring.sent.get(0).mode()).isEqualTo(Mode.CHALLENGE);
    }

    @Test
    void conversationsCanBeRenamedAndDeletedAfterConfirmation() {
        vm.newConversation();
        dialogs.nextText = "Museum nights";
        vm.renameConversation();
        assertThat(vm.currentProperty().get().title()).isEqualTo("Museum nights");
        assertThat(vm.conversations()).extracting(Conversation::title).containsExactly("Museum nights");

        dialogs.confirm = false;
        vm.deleteConversation();
        assertThat(vm.conversations()).hasSize(1);
        dialogs.confirm = true;
        vm.deleteConversation();
        assertThat(vm.conversations()).isEmpty();
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void showPromptGivesThePreviewAndTheStoredPromptOfAnAnswer() {
        vm.composer().textProperty().set("Tell me");
        vm.showPromptPreview();
        assertThat(vm.shownPromptProperty().get()).contains("BRIEF: Museum late nights").contains("Tell me");
        vm.closePrompt();
        vm.send();
        vm.showPrompt(vm.thread().get(1));
        assertThat(vm.shownPromptProperty().get()).contains("### user").contains("Tell me");
    }

    @Test
    void stopEndsAHangingAnswerAsStoppedWithItsText() throws Exception {
        sparring.next(FakeSparring.Script.hanging("Half ", "an ", "answer"));
        vm.composer().textProperty().set("Go");
        vm.send();
        assertThat(vm.runningProperty().get()).isTrue();
        Thread.sleep(100);
        vm.stop();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (vm.runningProperty().get() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        MessageItem answer = vm.thread().get(1);
        assertThat(answer.getStatus()).isEqualTo(MessageStatus.STOPPED);
        assertThat(answer.getText()).isEqualTo("Half an answer");
    }
}
