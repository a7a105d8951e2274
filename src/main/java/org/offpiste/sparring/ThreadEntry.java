package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;

/** A message of the thread with its place among its alternatives, read in the background. */
record ThreadEntry(Message message, int alternative, int alternatives) {

    /** The thread of a conversation, each message with its alternatives counted (store work). */
    static List<ThreadEntry> read(Sparring sparring, long conversationId) {
        List<ThreadEntry> out = new ArrayList<>();
        for (Message m : sparring.thread(conversationId)) {
            List<Message> siblings = sparring.alternatives(m.id());
            int index = 1;
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).id() == m.id()) {
                    index = i + 1;
                }
            }
            out.add(new ThreadEntry(m, index, Math.max(1, siblings.size())));
        }
        return out;
    }
}
