package org.offpiste.judge;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The judgement screen: ranking, criteria, dot votes and duels side by side in tabs. It remembers
 * the tab last shown, reads the visible tab again when it is opened, and, while shown, whenever
 * the board changes (a change while hidden is read when it is shown again).
 */
public final class JudgeViewModel {
    private final JudgeContext context;
    private final CriteriaViewModel criteria;
    private final VotesViewModel votes;
    private final DuelsViewModel duels;
    private final RankingViewModel ranking;
    private final ObjectProperty<JudgeTab> tab = new SimpleObjectProperty<>(this, "tab", JudgeTab.RANKING);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final Runnable boardListener;
    private boolean stale = true;
    private boolean disposed;

    public JudgeViewModel(JudgeContext context) {
        this.context = context;
        this.criteria = new CriteriaViewModel(context);
        this.votes = new VotesViewModel(context);
        this.duels = new DuelsViewModel(context);
        this.ranking = new RankingViewModel(context);
        this.boardListener = () -> context.executor().onUi(this::boardChanged);
        tab.addListener((o, was, now) -> {
            if (shown.get()) {
                refreshVisible();
            }
        });
        shown.addListener((o, was, now) -> {
            if (now) {
                refreshVisible();
            }
        });
        context.board().addChangeListener(boardListener);
    }

    public CriteriaViewModel criteria() {
        return criteria;
    }

    public VotesViewModel votes() {
        return votes;
    }

    public DuelsViewModel duels() {
        return duels;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    /** The tab shown (remembered while the project is open, across a change of language). */
    public ObjectProperty<JudgeTab> tabProperty() {
        return tab;
    }

    /** True while the screen is on view (the window's Decide mode). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean readOnly() {
        return context.readOnly();
    }

    /** Reads the visible tab again. */
    public void refreshVisible() {
        if (disposed) {
            return;
        }
        stale = false;
        switch (tab.get()) {
            case RANKING -> ranking.refresh();
            case CRITERIA -> criteria.refresh();
            case VOTES -> votes.refresh();
            case DUELS -> duels.refresh();
        }
    }

    public void dispose() {
        disposed = true;
        context.board().removeChangeListener(boardListener);
        criteria.dispose();
        votes.dispose();
        duels.dispose();
        ranking.dispose();
    }

    private void boardChanged() {
        if (shown.get()) {
            refreshVisible();
        } else {
            stale = true;
        }
    }

    /** True when the board changed while the screen was hidden (it reads again when shown). */
    boolean stale() {
        return stale;
    }
}
