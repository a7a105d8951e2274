package org.offpiste.sparring;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.offpiste.llm.FailureKind;
import org.offpiste.llm.LlmFailure;
import org.offpiste.llm.ProviderKind;

/**
 * One message of the thread as the pane shows it: its text (growing while it streams), how it
 * ended, why it failed, the provider's wait before a retry, and which of its alternatives it is.
 * Changed on the UI thread only.
 */
public final class MessageItem {
    /** The provider waits before its next attempt (a 429 or 5xx). */
    public record Waiting(int attempt, int maxAttempts, Duration delay, LlmFailure cause) {
    }

    private final ReadOnlyObjectWrapper<Message> message;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyObjectWrapper<MessageStatus> status;
    private final ReadOnlyObjectWrapper<LlmFailure> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Waiting> waiting = new ReadOnlyObjectWrapper<>(this, "waiting");
    private final ReadOnlyIntegerWrapper alternative;
    private final ReadOnlyIntegerWrapper alternatives;
    private final ReadOnlyBooleanWrapper streaming = new ReadOnlyBooleanWrapper(this, "streaming");
    private final CapturedIdeas captured = new CapturedIdeas();

    MessageItem(Message message, int alternative, int alternatives) {
        this.message = new ReadOnlyObjectWrapper<>(this, "message", message);
        this.text = new ReadOnlyStringWrapper(this, "text", message.text());
        this.status = new ReadOnlyObjectWrapper<>(this, "status", message.status());
        this.alternative = new ReadOnlyIntegerWrapper(this, "alternative", alternative);
        this.alternatives = new ReadOnlyIntegerWrapper(this, "alternatives", alternatives);
        failure.set(storedFailure(message));
        streaming.set(message.status() == MessageStatus.STREAMING);
    }

    public long id() {
        return message.get().id();
    }

    public boolean isAnswer() {
        return message.get().isAnswer();
    }

    public Message message() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Provenance provenance() {
        return message.get().provenance();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyObjectProperty<MessageStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public MessageStatus getStatus() {
        return status.get();
    }

    /** Why the answer failed or stopped short, or null. */
    public ReadOnlyObjectProperty<LlmFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Waiting> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** 1-based position among the message's alternatives. */
    public ReadOnlyIntegerProperty alternativeProperty() {
        return alternative.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty alternativesProperty() {
        return alternatives.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    public boolean isStreaming() {
        return streaming.get();
    }

    /** The ideas this answer gave the board (empty when the project has no ideation engine). */
    public CapturedIdeas captured() {
        return captured;
    }

    /** True for an answer that ended short and can be asked again. */
    public boolean canRetry() {
        MessageStatus s = status.get();
        return isAnswer() && !streaming.get()
                && (s == MessageStatus.FAILED || s == MessageStatus.INCOMPLETE || s == MessageStatus.STOPPED);
    }

    void append(String delta) {
        waiting.set(null);
        text.set(text.get() + delta);
    }

    void waiting(Waiting w) {
        waiting.set(w);
    }

    /** The answer is over: its stored row and, when it failed, why. */
    void ended(Message stored, LlmFailure cause) {
        waiting.set(null);
        message.set(stored);
        if (stored.text().length() >= text.get().length()) {
            text.set(stored.text()); // the stored text is all that arrived, never less
        }
        failure.set(cause != null ? cause : storedFailure(stored));
        status.set(stored.status() == MessageStatus.STREAMING ? MessageStatus.INCOMPLETE : stored.status());
        streaming.set(false);
    }

    void alternatives(int index, int count) {
        alternative.set(index);
        alternatives.set(count);
    }

    /** A failure rebuilt from what the store keeps: the kind, the provider and the model. */
    private static LlmFailure storedFailure(Message m) {
        if (m.failure() == null || m.failure().isBlank()) {
            return null;
        }
        FailureKind kind;
        try {
            kind = FailureKind.valueOf(m.failure());
        } catch (IllegalArgumentException e) {
            kind = FailureKind.OTHER;
        }
        Provenance p = m.provenance();
        ProviderKind provider = p == null ? null : ProviderKind.fromId(p.provider()).orElse(null);
        return new LlmFailure(kind, provider, p == null ? "" : p.model(), "", "");
    }
}
