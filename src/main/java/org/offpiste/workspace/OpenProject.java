package org.offpiste.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import javafx.beans.binding.Bindings;
import org.offpiste.board.BoardIdeation;
import org.offpiste.board.BoardInsightsViewModel;
import org.offpiste.board.BoardViewModel;
import org.offpiste.board.RefineSupport;
import org.offpiste.capture.Ideation;
import org.offpiste.brief.BriefViewModel;
import org.offpiste.i18n.Messages;
import org.offpiste.ideation.IdeaExtractor;
import org.offpiste.ideation.TechniqueLibrary;
import org.offpiste.ideation.TechniquesViewModel;
import org.offpiste.judge.JudgeContext;
import org.offpiste.judge.JudgeViewModel;
import org.offpiste.project.Session;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.sparring.CapturedIdeasViewModel;
import org.offpiste.sparring.Sparring;
import org.offpiste.sparring.SparringViewModel;
import org.offpiste.sparring.TacticsMemory;
import org.offpiste.ui.DialogService;
import org.offpiste.ui.TaskExecutor;

/**
 * An open project with the view models of its panes; they live and die together.
 *
 * @param sparring      null when the session has no sparring service (the techniques are shown alone)
 * @param boardInsights null when the session has no ideation engine (the board shows no novelty meter)
 * @param judge         the judgement screen (Decide); null when the session has no judgement services
 */
public record OpenProject(Session session, BriefViewModel brief, TechniquesViewModel techniques,
                          BoardViewModel board, SparringViewModel sparring, BoardInsightsViewModel boardInsights,
                          JudgeViewModel judge) {

    public OpenProject(Session session, BriefViewModel brief, TechniquesViewModel techniques, BoardViewModel board,
                       SparringViewModel sparring, BoardInsightsViewModel boardInsights) {
        this(session, brief, techniques, board, sparring, boardInsights, null);
    }

    public OpenProject(Session session, BriefViewModel brief, TechniquesViewModel techniques, BoardViewModel board,
                       SparringViewModel sparring) {
        this(session, brief, techniques, board, sparring, null);
    }

    /** {@link #of(Session, TaskExecutor, SparringSupport, DialogService, Supplier)} with unnamed duels and ratings. */
    public static OpenProject of(Session session, TaskExecutor executor, SparringSupport support, DialogService dialogs) {
        return of(session, executor, support, dialogs, () -> "");
    }

    /**
     * Creates the pane view models (on the UI thread); the sparring pane follows the board's selection.
     *
     * @param rater the name ratings, votes and duels are kept under (the settings' author name)
     */
    public static OpenProject of(Session session, TaskExecutor executor, SparringSupport support, DialogService dialogs,
                                 Supplier<String> rater) {
        boolean readOnly = session.project().readOnly();
        BoardViewModel board = new BoardViewModel(session.board(), executor, readOnly);
        Sparring service = support.sparring().apply(session);
        TechniqueLibrary techniques = support.techniques().get(); // one library for both panes
        SparringViewModel sparring = service == null ? null
                : new SparringViewModel(service, executor, support.frames(), dialogs, techniques);
        if (sparring != null) {
            Bindings.bindContent(sparring.composer().selectedIdeas(), board.selectedIds());
            if (readOnly) {
                sparring.markReadOnly();
            }
            if (session.hasIdeation()) {
                useIdeation(session, sparring, board, executor);
            }
        }
        JudgeViewModel judge = !session.hasJudgement() ? null : new JudgeViewModel(new JudgeContext(session.board(),
                session.judgement(), session.brief(), rater, executor, readOnly));
        if (judge != null) {
            judge.votes().teamBoardProperty().set(session.project().teamBoard().isPresent());
        }
        return new OpenProject(session,
                new BriefViewModel(session.brief(), executor, readOnly),
                new TechniquesViewModel(session.brief(), executor, techniques, RandomGenerator.getDefault(), dialogs),
                board, sparring, boardInsights(session, board, executor, support.networkOr(executor), techniques), judge);
    }

    /** What the board shows of the ideation engine; null without one. */
    private static BoardInsightsViewModel boardInsights(Session session, BoardViewModel board, TaskExecutor executor,
                                                        TaskExecutor slow, TechniqueLibrary techniques) {
        if (!session.hasIdeation()) {
            return null;
        }
        Ideation i = session.ideation();
        Supplier<Map<Long, IdeaScore>> scores = session.hasJudgement() ? session.judgement().criteria()::scores : Map::of;
        return new BoardInsightsViewModel(board, session.board(), new BoardIdeation(i.novelty(), i.baselines(),
                i.themes(), session.project().origins(), techniques, scores), executor, slow,
                new Messages(Messages.ENGLISH));
    }

    /** Answers show the ideas captured from them; Diverge offers the tactics, kept in the project. */
    private static void useIdeation(Session session, SparringViewModel sparring, BoardViewModel board,
                                    TaskExecutor executor) {
        IdeaExtractor extractor = new IdeaExtractor();
        CapturedIdeasViewModel ideas = new CapturedIdeasViewModel(session.ideation(), session.project().origins(),
                session.project().ideas(), text -> extractor.extract(text, true), executor, sparring.thread());
        ideas.setReveal(board::reveal);
        if (session.project().readOnly()) {
            ideas.markReadOnly();
        }
        sparring.useIdeation(ideas);
        new TacticsMemory(sparring.composer(), session.project().conversations(), executor);
    }

    /** Refine by a model in the idea editor, with the sparring pane's model; {@code openSettings} opens the model settings. */
    public void useRefining(Runnable openSettings) {
        if (boardInsights != null && session.refiner() != null) {
            boardInsights.useRefining(new RefineSupport(session.refiner(),
                    sparring == null ? null : sparring.providerProperty(), openSettings));
        }
    }

    public Path path() {
        return session.project().path();
    }

    /** The name shown in the title and header: the file's name, or a team board's database and server. */
    public String displayName() {
        return session.project().teamBoard().map(a -> a.database() + " @ " + a.host())
                .orElseGet(() -> UntitledNames.displayName(path()));
    }

    public boolean readOnly() {
        return session.project().readOnly();
    }

    /** Writes the brief's pending change and stops the view models; the session stays open. */
    public void retire() {
        brief.flush();
        brief.dispose();
        techniques.dispose();
        board.dispose();
        if (judge != null) {
            judge.dispose();
        }
        if (boardInsights != null) {
            boardInsights.dispose();
        }
        if (sparring != null) {
            Bindings.unbindContent(sparring.composer().selectedIdeas(), board.selectedIds());
            sparring.dispose();
            if (sparring.ideas() != null) {
                sparring.ideas().dispose();
            }
        }
    }
}
