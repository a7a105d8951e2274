package org.offpiste.sparring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.offpiste.i18n.Messages;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;

/** An answer the project could not keep shows it on its failure line, however the model ended it. */
class NotSavedLineTest {
    private static final Provenance BY = new Provenance("ollama", "llama3.2", Mode.DIVERGE, null, null, List.of(), "");

    private static MessageItem endedNotSaved(FailureKind kind) {
        Message streaming = new Message(7, 1, 6L, Message.Role.ASSISTANT, "", MessageStatus.STREAMING,
                Instant.EPOCH, Instant.EPOCH, BY, null);
        MessageItem item = new MessageItem(streaming, 1, 1);
        item.append("All the words");
        Message complete = new Message(7, 1, 6L, Message.Role.ASSISTANT, "All the words", MessageStatus.COMPLETE,
                Instant.EPOCH, Instant.EPOCH, BY, kind.name());
        item.ended(complete, new LlmFailure(kind, ProviderKind.OLLAMA, "llama3.2", "", "DISK_FULL"));
        return item;
    }

    @Test
    void aCompleteAnswerOnAFullDiskSaysItIsNotSavedInBothLanguages() {
        MessageItem item = endedNotSaved(FailureKind.DISK_FULL);
        MessageTexts english = new MessageTexts(new Messages(Messages.ENGLISH), List.of(), () -> null);
        MessageTexts french = new MessageTexts(new Messages(Messages.FRENCH), List.of(), () -> null);

        assertThat(item.getText()).isEqualTo("All the words");
        assertThat(english.failure(item)).startsWith("Not saved: the disk is full");
        assertThat(french.failure(item)).startsWith("Non enregistrée : le disque est plein").contains("n'est");
    }

    @Test
    void anotherWriteFailureSaysTheFileCouldNotBeWritten() {
        MessageTexts english = new MessageTexts(new Messages(Messages.ENGLISH), List.of(), () -> null);

        assertThat(english.failure(endedNotSaved(FailureKind.NOT_SAVED)))
                .startsWith("Not saved: the project file could not be written");
    }
}
