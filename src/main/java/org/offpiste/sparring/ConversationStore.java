package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

    /**
     * The thread shown: from the first message, at each level the sibling chosen last. (This
     * default follows the newest sibling; a store that keeps the choice overrides it.)
     */
    default List<Message> thread(long conversationId) {
        List<Message> all = messages(conversationId);
        List<Message> out = new ArrayList<>();
        Long parent = null;
        while (true) {
            Message next = null;
            for (Message m : all) {
                if (Objects.equals(m.parentId(), parent)) {
                    next = m;
                }
            }
            if (next == null) {
                return out;
            }
            out.add(next);
            parent = next.id();
        }
    }

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

    /** A project setting kept beside the conversations (e.g. the composer's diversity tactics), if set. */
    default Optional<String> setting(String key) {
        return Optional.empty();
    }

    /** Keeps a project setting (one key, one value; never a key to a service). */
    default void putSetting(String key, String value) {
    }
}
