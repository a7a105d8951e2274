package org.offpiste.judge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.Standing;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteTally;

/**
 * The ranking tab: the three methods side by side for the ideas in play (or all), with a closed
 * vote round to read the dots from (the latest closed one unless another is chosen), and the
 * promotion of chosen ideas to the Shortlist (one step of the board's undo).
 */
public final class RankingViewModel {
    private static final Logger LOG = Logger.getLogger(RankingViewModel.class.getName());
    private final JudgeContext context;
    private final ObjectProperty<IdeaScope> scope = new SimpleObjectProperty<>(this, "scope", IdeaScope.OPEN);
    private final ObjectProperty<VoteRound> round = new SimpleObjectProperty<>(this, "round");
    private final ObservableList<VoteRound> rounds = FXCollections.observableArrayList();
    private final ObservableList<RankingRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private boolean loading;
    private boolean again;
    private boolean settingRound;

    public RankingViewModel(JudgeContext context) {
        this.context = context;
        scope.addListener((o, was, now) -> refresh());
        round.addListener((o, was, now) -> {
            if (!settingRound) {
                refresh();
            }
        });
    }

    // Properties

    /** The ideas ranked: the Inbox and the Shortlist (the default), the Shortlist, or all. */
    public ObjectProperty<IdeaScope> scopeProperty() {
        return scope;
    }

    /** The closed round whose dots are shown; null when no round is closed. */
    public ObjectProperty<VoteRound> roundProperty() {
        return round;
    }

    /** The closed rounds, newest first. */
    public ObservableList<VoteRound> rounds() {
        return rounds;
    }

    /** The ideas, strongest in the duels first (the table sorts them as the person asks). */
    public ObservableList<RankingRow> rows() {
        return rows;
    }

    /** True once the table has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return context.readOnly();
    }

    // Commands

    /** Reads the table again (the tab was opened, or the board changed). */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        IdeaScope s = scope.get();
        Long roundId = round.get() == null ? null : round.get().id();
        context.executor().run(() -> read(s, roundId), this::answered, e -> {
            loading = false;
            LOG.log(Level.WARNING, "Could not read the ranking", e);
            failed.set(true);
        });
    }

    /** Moves these ideas to the Shortlist, as one step of the board's undo. */
    public void promote(List<Long> ids) {
        if (context.readOnly() || ids.isEmpty()) {
            return;
        }
        List<Long> chosen = List.copyOf(ids);
        context.executor().run(() -> {
            context.board().setStatusAll(chosen, IdeaStatus.SHORTLIST);
            return chosen;
        }, done -> refresh(), e -> {
            LOG.log(Level.WARNING, "Could not promote ideas to the Shortlist", e);
            failed.set(true);
        });
    }

    public void dispose() {
        again = false;
    }

    // Internals

    private Table read(IdeaScope s, Long roundId) {
        Judgement j = context.judgement();
        List<Idea> ideas = context.board().store().query(IdeaQuery.all().withStatuses(s.statuses())
                .withViewer(context.board().author()));
        List<Long> ids = ideas.stream().map(Idea::id).toList();
        Map<Long, IdeaScore> scores = j.criteria().scores();
        List<VoteRound> closed = j.votes().store().rounds().stream().filter(VoteRound::closed)
                .sorted(Comparator.comparing(VoteRound::closedAt).reversed()).toList();
        VoteRound chosen = closed.stream().filter(r -> roundId != null && r.id() == roundId).findFirst()
                .orElse(closed.isEmpty() ? null : closed.get(0));
        List<VoteTally> tallies = chosen == null ? null : j.votes().results(chosen.id());
        List<Strength> strengths = j.duels().strengths(ids);
        Map<Long, Idea> byId = new java.util.HashMap<>();
        ideas.forEach(i -> byId.put(i.id(), i));
        List<RankingRow> table = Standing.of(ids, scores, tallies, strengths).stream()
                .sorted(Standing.best(Standing.By.DUELS))
                .map(st -> new RankingRow(byId.get(st.ideaId()), st)).toList();
        return new Table(table, closed, chosen);
    }

    private void answered(Table t) {
        loading = false;
        failed.set(false);
        rows.setAll(t.rows);
        settingRound = true;
        try {
            rounds.setAll(t.rounds);
            round.set(t.round);
        } finally {
            settingRound = false;
        }
        loaded.set(true);
        if (again) {
            again = false;
            refresh();
        }
    }

    private record Table(List<RankingRow> rows, List<VoteRound> rounds, VoteRound round) {
    }
}
