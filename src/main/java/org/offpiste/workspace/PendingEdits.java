package org.offpiste.workspace;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.offpiste.board.BoardService;
import org.offpiste.board.EditResult;
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

    /**
     * An idea's text as its editor held it.
     *
     * @param since when the idea was last written when the editor opened (ISO-8601): a change by
     *              someone else after it makes a conflict, with both texts kept
     */
    record IdeaText(long id, String title, String body, List<String> tags, String status, String since) {
    }

    /** What sending did: the idea to show (null for none), and whether someone else's text stayed. */
    record Sent(Long idea, boolean conflict) {
    }

    boolean isEmpty() {
        return idea == null && (newIdea == null || newIdea.isBlank()) && brief == null;
    }

    /** Both hold a different text for the same part (merging them would lose one). */
    boolean clashesWith(PendingEdits newer) {
        return idea != null && newer.idea != null && !idea.equals(newer.idea)
                || newIdea != null && !newIdea.isBlank() && newer.newIdea != null && !newer.newIdea.isBlank()
                && !newIdea.equals(newer.newIdea)
                || brief != null && newer.brief != null && !brief.equals(newer.brief);
    }

    /** These edits with {@code newer}'s parts where it has them (the newest typing wins). */
    PendingEdits with(PendingEdits newer) {
        return new PendingEdits(board, newer.idea != null ? newer.idea : idea,
                newer.newIdea != null ? newer.newIdea : newIdea, newer.brief != null ? newer.brief : brief);
    }

    /**
     * Sends the edits as ordinary ones through the session's services: the idea's text as an edit
     * (as a new idea if it was deleted meanwhile; a conflict if someone else changed it since, both
     * texts kept), the new idea added to the Inbox, the brief as a new version (what others wrote
     * meanwhile stays restorable).
     */
    Sent sendTo(Session session) {
        BoardService board = session.board();
        Long shown = null;
        boolean conflict = false;
        if (idea != null) {
            EditResult r = sendIdea(board);
            shown = r.idea().id();
            conflict = r.conflicted();
        }
        if (newIdea != null && !newIdea.isBlank()) {
            shown = board.add(newIdea.strip(), "", List.of(), IdeaStatus.INBOX).id();
        }
        if (brief != null) {
            sendBrief(session.brief());
        }
        return new Sent(shown, conflict);
    }

    private EditResult sendIdea(BoardService board) {
        IdeaStatus status = IdeaStatus.valueOf(idea.status);
        Optional<Idea> now = board.store().find(idea.id);
        if (now.isEmpty()) {
            return new EditResult(board.add(idea.title, idea.body, idea.tags, IdeaStatus.INBOX), null);
        }
        // Based on the idea as it was when the editor opened, with this text: written if only this
        // person wrote since (or it already reads so), else a conflict that keeps both texts.
        Idea i = now.get();
        Idea base = new Idea(i.id(), idea.title, idea.body, idea.tags, status, i.author(), i.createdAt(),
                idea.since == null ? i.updatedAt() : Instant.parse(idea.since));
        return board.edit(base, idea.title, idea.body, idea.tags, status);
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
