package org.offpiste.present;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.BoardFeed;
import org.offpiste.project.Session;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.workshop.WorkshopState;

/**
 * What a presentation reads of an open project, off the UI thread: the ideas of one lane, oldest
 * first (the order of the Shortlist one-pager), with their weighted scores; the workshop running on
 * the board; and the board's changes, made here or by others.
 */
public final class SlideReader {
    private final Session session;

    public SlideReader(Session session) {
        this.session = session;
    }

    /** The ideas of {@code lane}, oldest first, each with its score when it was rated. */
    public List<Slide> read(IdeaStatus lane) {
        List<Idea> ideas = session.board().store()
                .query(new IdeaQuery("", Set.of(), Set.of(lane), IdeaSort.CREATED).withViewer(session.board().author()));
        Map<Long, IdeaScore> scores = session.hasJudgement() ? session.judgement().criteria().scores() : Map.of();
        return ideas.stream()
                .sorted(Comparator.comparingLong(Idea::id))
                .map(i -> Slide.of(i, scores.get(i.id())))
                .toList();
    }

    /** The workshop running on the board, if any. */
    public Optional<WorkshopState> workshop() {
        return session.project().workshop().load();
    }

    /**
     * Calls {@code changed} (on any thread; it must only hand off) when the board or a rating changes
     * here, or someone else changes the board; until the returned handle is closed.
     */
    public BoardFeed.Subscription follow(Runnable changed) {
        session.board().addChangeListener(changed);
        if (session.hasJudgement()) {
            session.judgement().criteria().addListener(changed);
        }
        BoardFeed.Subscription others = session.project().feed().subscribe(changed::run);
        return () -> {
            session.board().removeChangeListener(changed);
            if (session.hasJudgement()) {
                session.judgement().criteria().removeListener(changed);
            }
            others.close();
        };
    }
}
