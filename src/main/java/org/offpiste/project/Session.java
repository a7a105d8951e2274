package org.offpiste.project;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaRefiner;
import org.offpiste.brief.BriefService;
import org.offpiste.capture.Ideation;
import org.offpiste.ranking.Judgement;
import org.offpiste.sparring.Sparring;

/** An open project with the services that work on it; the window and the command line share it. */
public final class Session implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Session.class.getName());
    private final Project project;
    private final BriefService brief;
    private final BoardService board;
    private final Sparring sparring;
    private final Ideation ideation;
    private final Judgement judgement;
    private final IdeaRefiner refiner;

    /** @param refiner refine by a model; null without */
    public Session(Project project, BriefService brief, BoardService board, Sparring sparring, Ideation ideation,
                   Judgement judgement, IdeaRefiner refiner) {
        this.refiner = refiner;
        this.project = project;
        this.brief = brief;
        this.board = board;
        this.sparring = sparring;
        this.ideation = ideation;
        this.judgement = judgement;
    }

    public Session(Project project, BriefService brief, BoardService board, Sparring sparring, Ideation ideation,
                   Judgement judgement) {
        this(project, brief, board, sparring, ideation, judgement, null);
    }

    /** A session without the judgement services (tests of the ideation engine). */
    public Session(Project project, BriefService brief, BoardService board, Sparring sparring, Ideation ideation) {
        this(project, brief, board, sparring, ideation, null);
    }

    /** A session without the ideation engine (tests of sparring alone). */
    public Session(Project project, BriefService brief, BoardService board, Sparring sparring) {
        this(project, brief, board, sparring, null);
    }

    /** A session without sparring (tests of the brief and the board). */
    public Session(Project project, BriefService brief, BoardService board) {
        this(project, brief, board, null);
    }

    public Project project() {
        return project;
    }

    public BriefService brief() {
        return brief;
    }

    public BoardService board() {
        return board;
    }

    public Sparring sparring() {
        if (sparring == null) {
            throw new IllegalStateException("This session was opened without sparring");
        }
        return sparring;
    }

    /** Capture, novelty meter, baseline and themes of this project. */
    public Ideation ideation() {
        if (ideation == null) {
            throw new IllegalStateException("This session was opened without the ideation engine");
        }
        return ideation;
    }

    /** Criteria, dot votes and duels of this project. */
    public Judgement judgement() {
        if (judgement == null) {
            throw new IllegalStateException("This session was opened without the judgement services");
        }
        return judgement;
    }

    public boolean hasJudgement() {
        return judgement != null;
    }

    /** Refine by a model; null when the session has none. */
    public IdeaRefiner refiner() {
        return refiner;
    }

    /** True when the session has the ideation engine. */
    public boolean hasIdeation() {
        return ideation != null;
    }

    /**
     * Stops any answer still arriving (it is written as stopped) and the background work of the
     * ideation engine (what is measured is stored), then closes the project.
     */
    @Override
    public void close() {
        if (refiner != null) {
            refiner.close();
        }
        try {
            if (sparring instanceof AutoCloseable) {
                ((AutoCloseable) sparring).close();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not stop the answers still arriving", e);
        } finally {
            try {
                closeIdeation();
            } finally {
                project.close();
            }
        }
    }

    private void closeIdeation() {
        if (ideation == null) {
            return;
        }
        for (Object part : new Object[] {ideation.themes(), ideation.baselines(), ideation.novelty(),
            ideation.captures()}) {
            if (part instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) part).close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Could not stop the ideation engine's background work", e);
                }
            }
        }
    }
}
