package org.offpiste.sparring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offpiste.llm.ChatTurn;

/** A conversation's messages as the turns sent to the model, exactly as they were sent before. */
final class ThreadTurns {
    private static final int TITLE_LENGTH = 60;

    private ThreadTurns() {
    }

    /**
     * The turns of a thread: each person's message as the text that was sent for it, each answer
     * as it stands. Answers without text are left out, and the person's turns they leave side by
     * side are joined, so the turns still alternate.
     */
    static List<ChatTurn> of(List<Message> thread) {
        List<ChatTurn> out = new ArrayList<>();
        for (Message m : thread) {
            if (m.isAnswer()) {
                if (!m.text().isBlank()) {
                    out.add(ChatTurn.assistant(m.text()));
                }
                continue;
            }
            String text = userTurn(m);
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).role() == ChatTurn.Role.USER) {
                out.set(last, ChatTurn.user(out.get(last).text() + "\n\n" + text));
            } else {
                out.add(ChatTurn.user(text));
            }
        }
        return out;
    }

    /** What was sent for a person's message: the stored turn text, or the message itself. */
    static String userTurn(Message question) {
        Provenance p = question.provenance();
        return p != null && !p.prompt().isBlank() ? p.prompt() : question.text();
    }

    /** The messages from the conversation's first down to {@code lastId} (empty for null). */
    static List<Message> pathTo(List<Message> all, Long lastId) {
        Map<Long, Message> byId = new HashMap<>();
        all.forEach(m -> byId.put(m.id(), m));
        Deque<Message> path = new ArrayDeque<>();
        for (Message m = lastId == null ? null : byId.get(lastId); m != null;
             m = m.parentId() == null ? null : byId.get(m.parentId())) {
            path.addFirst(m);
        }
        return new ArrayList<>(path);
    }

    /** A conversation's title from its first message: the first line, cut at a word. */
    static String title(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= TITLE_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_LENGTH);
        return line.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).strip() + "…";
    }
}
