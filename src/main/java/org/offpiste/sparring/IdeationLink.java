package org.offpiste.sparring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.offpiste.board.BoardService;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.brief.Brief;
import org.offpiste.capture.AnswerContext;
import org.offpiste.capture.Ideation;
import org.offpiste.ideation.Draw;
import org.offpiste.ideation.DrawKind;
import org.offpiste.ideation.Tactic;

/**
 * What sparring does with the ideation engine: the extras of a Diverge round (personas of the
 * persona-pool tactic, crowded themes and board titles when pushing further), and the capture of
 * each answer's ideas. Remembers for each person's message of this session what its round drew,
 * so that a retried answer is captured with the same provenance.
 */
final class IdeationLink {
    private static final int CROWDED_THEMES = 5;
    private static final Logger LOG = Logger.getLogger(IdeationLink.class.getName());
    private final Ideation ideation;
    private final ExecutorService captureThread;
    private final BoardService board;
    private final Map<Long, Round> rounds = new ConcurrentHashMap<>();

    /** What a round asked beyond its provenance. */
    record Round(String drawn, Set<Tactic> tactics, boolean pushFurther) {
        static final Round DEFAULT = new Round("", Tactic.defaults(), false);
    }

    /** @param ideation null to spar without capture */
    IdeationLink(Ideation ideation, ExecutorService captureThread, BoardService board) {
        this.ideation = ideation;
        this.captureThread = captureThread;
        this.board = board;
    }

    /** The personas of the persona-pool tactic and, pushing further, the board's crowded themes and titles. */
    DivergeExtras extras(Turn turn, Brief brief, Locale language, Draw draw, RoundDraws draws, boolean take) {
        if (turn.mode() != Mode.DIVERGE) {
            return DivergeExtras.none();
        }
        Draw personas = Draw.none();
        if (turn.tactics().contains(Tactic.PERSONA_POOL)) {
            personas = draw.kind() == DrawKind.PERSONAS ? draw
                    : take ? draws.takePersonas(brief, language) : draws.peekPersonas(brief, language);
        }
        if (!turn.pushFurther()) {
            return new DivergeExtras(personas, List.of(), List.of());
        }
        return new DivergeExtras(personas, crowded(), boardTitles(turn.ideaIds()));
    }

    void remember(long questionId, Turn turn, Draw draw, DivergeExtras extras) {
        List<String> drawn = new ArrayList<>(draw.items());
        if (extras.personas() != draw) {
            drawn.addAll(extras.personas().items());
        }
        rounds.put(questionId, new Round(String.join(", ", drawn), turn.tactics(), turn.pushFurther()));
    }

    /** What the round of this person's message asked (the defaults for a message of an earlier session). */
    Round round(long questionId) {
        return rounds.getOrDefault(questionId, Round.DEFAULT);
    }

    ExchangeListener listener(ExchangeListener listener, Mode mode) {
        return ideation == null ? listener : new CapturingListener(listener, mode, ideation.baselines());
    }

    /** The capture of this answer's ideas, or null without the ideation engine. */
    CaptureFeed feed(Message question, Message answer, ExchangeListener told) {
        if (ideation == null || ideation.captures() == null || captureThread == null) {
            return null;
        }
        Provenance p = answer.provenance();
        Round round = round(question.id());
        AnswerContext context = new AnswerContext(answer.conversationId(), answer.id(), p.mode().id(),
                p.techniqueId(), round.drawn(), p.provider(), p.model(), p.briefVersionId(), p.ideaIds(),
                round.pushFurther());
        return new CaptureFeed(ideation.captures().follow(context, told::captured), captureThread);
    }

    private List<String> crowded() {
        if (ideation == null || ideation.themes() == null) {
            return List.of();
        }
        try {
            return ideation.themes().crowded(CROWDED_THEMES);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not find the crowded themes of the board: {0}", e.getMessage());
            return List.of();
        }
    }

    /** The latest ideas of the board, but those the turn already lists. */
    private List<String> boardTitles(List<Long> listed) {
        long[] ids = board.store().queryIds(IdeaQuery.all().withViewer(board.author())); // never others' sealed ideas
        List<Long> wanted = new ArrayList<>();
        for (int i = 0; i < ids.length && wanted.size() < DivergeExtras.MAX_TITLES; i++) {
            if (!listed.contains(ids[i])) {
                wanted.add(ids[i]);
            }
        }
        return board.store().findAll(wanted).stream().map(Idea::title).collect(Collectors.toList());
    }
}
