package org.offpiste.sparring;

import java.util.List;
import java.util.Optional;

/**
 * The project's conversations and messages. Every call is one transaction; implementations are
 * safe to call from several threads.
 */
public interface ConversationStore {

    List<Conversation> conversations();

    Optional<Conversation> conversation(long id);

    Conversation createConversation(String title);

    Conversation rename(long id, String title);

    /** Deletes a conversation and its messages. */
    void deleteConversation(long id);

    /** Every message of the conversation, in creation order (the whole tree). */
    List<Message> messages(long conversationId);

    Optional<Message> message(long id);

    /** Stores a new message; it becomes the chosen one among its siblings. */
    Message addMessage(long conversationId, Long parentId, Message.Role role, String text, MessageStatus status,
                       Provenance provenance);

    /** Replaces an answer's text and status (called as text streams in, and at the end). */
    void updateAnswer(long messageId, String text, MessageStatus status, String failure);

    /** Makes this message the chosen one among its siblings. */
    void choose(long messageId);

    /** Turns every STREAMING message into INCOMPLETE (run at open: the program was stopped mid-answer); returns how many. */
    int recoverInterrupted();

    /** The provider id and model this project last used, if any (never a key). */
    Optional<String[]> lastProvider();

    void rememberProvider(String providerId, String model);
}
