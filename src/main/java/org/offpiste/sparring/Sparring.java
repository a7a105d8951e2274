package org.offpiste.sparring;

import java.util.List;
import java.util.Optional;
import org.offpiste.llm.ProviderSettings;

/**
 * Sparring with a model over a project's conversations: the window's view model and the
 * command line's {@code ask} both go through this. Blocking calls are short store work; the
 * answers themselves stream on background threads through {@link ExchangeListener}.
 */
public interface Sparring {

    List<Conversation> conversations();

    Conversation newConversation(String title);

    Conversation rename(long conversationId, String title);

    void delete(long conversationId);

    /** The thread shown: from the first message, at each level the chosen sibling. */
    List<Message> thread(long conversationId);

    /** The message and its siblings (its alternatives), oldest first. */
    List<Message> alternatives(long messageId);

    /** Shows this alternative in the thread from now on. */
    void choose(long messageId);

    /** The provider and model that would answer now (the project's last, else the person's default). */
    ProviderSettings provider();

    /**
     * True when the provider was decided by someone: the person chose one in the settings, or the
     * project remembers one with its model. False means {@link #provider()} is only a guess, and the
     * window may look for a provider that answers. A sparring that cannot tell says true.
     */
    default boolean providerDecided() {
        return true;
    }

    /** Uses this provider for the project's next answers and remembers it in the project (no key). */
    void useProvider(ProviderSettings settings);

    /** The exact text {@link #send} would send now, for "show prompt". */
    Prompt preview(long conversationId, Turn turn);

    /** Stores the person's message and starts the answer after the thread's last message. */
    Exchange send(long conversationId, Turn turn, ExchangeListener listener);

    /** Asks again for a FAILED/INCOMPLETE/STOPPED answer: the new answer replaces it as a sibling (the old one is kept). */
    Exchange retry(long answerId, ExchangeListener listener);

    /** A new answer to the same message; the earlier one stays as an alternative. */
    Exchange regenerate(long answerId, ExchangeListener listener);

    /** Stores an edited copy of the person's message as a sibling of it and answers it. */
    Exchange editAndResend(long questionId, String newText, ExchangeListener listener);

    /** The exchange running in this conversation, if any. */
    Optional<Exchange> running(long conversationId);
}
