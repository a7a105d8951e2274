package org.offpiste.workspace;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefField;
import org.offpiste.brief.BriefService;
import org.offpiste.project.Session;

/**
 * What a person had typed on a team board when its server went away, kept on this computer until
 * it can be sent: the open idea editor's text, a new idea being typed, the brief's unsaved edits.
 *
 * @param board   the board's {@code TeamBoardAddress#display()}, to tell the files apart
 * @param idea    the idea editor's text; null when none
 * @param newIdea the quick-add field's text; null when none
 * @param brief   the brief's fields by key; null when the brief had no unsaved edits
 */
record PendingEdits(String board, IdeaText idea, String newIdea, Map<String, String> brief) {

    /** An idea's text as its editor held it. */
    record IdeaText(long id, String title, String body, List<String> tags, String status) {
    }

    boolean isEmpty() {
        return idea == null && (newIdea == null || newIdea.isBlank()) && brief == null;
    }

    /** These edits with {@code newer}'s parts where it has them (the newest typing wins). */
    PendingEdits with(PendingEdits newer) {
        return new PendingEdits(board, newer.idea != null ? newer.idea : idea,
                newer.newIdea != null ? newer.newIdea : newIdea, newer.brief != null ? newer.brief : brief);
    }

    /**
     * Sends the edits as ordinary ones through the session's services: the idea's text as an edit
     * (as a new idea if it was deleted meanwhile), the new idea added to the Inbox, the brief as a
     * new version (what others wrote meanwhile stays restorable). Returns the idea to show, if any.
     */
    Optional<Long> sendTo(Session session) {
        BoardService board = session.board();
        Long shown = null;
        if (idea != null) {
            shown = sendIdea(board);
        }
        if (newIdea != null && !newIdea.isBlank()) {
            shown = board.add(newIdea.strip(), "", List.of(), IdeaStatus.INBOX).id();
        }
        if (brief != null) {
            sendBrief(session.brief());
        }
        return Optional.ofNullable(shown);
    }

    private long sendIdea(BoardService board) {
        IdeaStatus status = IdeaStatus.valueOf(idea.status);
        Optional<Idea> now = board.store().find(idea.id);
        if (now.isEmpty()) {
            return board.add(idea.title, idea.body, idea.tags, IdeaStatus.INBOX).id();
        }
        Idea i = now.get();
        if (!i.title().equals(idea.title.strip()) || !i.body().equals(idea.body.strip()) || !i.tags().equals(idea.tags)
                || i.status() != status) {
            board.edit(idea.id, idea.title, idea.body, idea.tags, status);
        }
        return idea.id;
    }

    private void sendBrief(BriefService service) {
        Map<BriefField, String> fields = new EnumMap<>(BriefField.class);
        brief.forEach((key, text) -> fields.put(BriefField.fromKey(key), text));
        Brief typed = Brief.of(fields);
        if (!typed.equals(service.current())) {
            service.replace(typed);
        }
    }
}
