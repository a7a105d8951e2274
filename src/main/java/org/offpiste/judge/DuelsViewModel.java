package org.offpiste.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.brief.BriefField;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.DuelService;
import org.offpiste.ranking.Strength;

/**
 * The duels tab: two ideas side by side, "which is stronger for this brief?". A judgement is shown
 * as done at once and written in the background; the next pair is chosen from the duels known
 * (those read plus those judged since), so a person never waits between two duels. The
 * Bradley–Terry fit runs in the background after each judgement; the pair is chosen on the JavaFX
 * thread from the latest fit (which may miss the last duel or two: who met whom and how often is
 * always counted from every duel known), which needs no iteration.
 */
public final class DuelsViewModel {
    private static final Logger LOG = Logger.getLogger(DuelsViewModel.class.getName());
    private final JudgeContext context;
    private final DuelService service;
    private final DuelWrites writes;
    private final Map<Long, Idea> ideas = new LinkedHashMap<>();
    private final List<Duel> known = new ArrayList<>();
    private List<Strength> fit = List.of();
    private boolean fitting;
    private boolean fitAgain;
    private boolean loading;
    private boolean again;
    private int skips;

    private final ObjectProperty<IdeaScope> candidates = new SimpleObjectProperty<>(this, "candidates", IdeaScope.OPEN);
    private final IntegerProperty topN = new SimpleIntegerProperty(this, "topN");
    private final ReadOnlyObjectWrapper<DuelsScreenState> state = new ReadOnlyObjectWrapper<>(this, "state", DuelsScreenState.LOADING);
    private final ReadOnlyObjectWrapper<Idea> left = new ReadOnlyObjectWrapper<>(this, "left");
    private final ReadOnlyObjectWrapper<Idea> right = new ReadOnlyObjectWrapper<>(this, "right");
    private final ReadOnlyStringWrapper briefTitle = new ReadOnlyStringWrapper(this, "briefTitle", "");
    private final ReadOnlyIntegerWrapper sessionCount = new ReadOnlyIntegerWrapper(this, "sessionCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyBooleanWrapper canJudge = new ReadOnlyBooleanWrapper(this, "canJudge");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    public DuelsViewModel(JudgeContext context) {
        this.context = context;
        this.service = context.judgement().duels();
        this.writes = new DuelWrites(service, context.executor(), this::writeFailed);
        canJudge.bind(Bindings.createBooleanBinding(() -> !context.readOnly() && state.get() == DuelsScreenState.PAIR,
                state));
        candidates.addListener((o, was, now) -> refresh());
        topN.addListener((o, was, now) -> refresh());
    }

    // Properties

    /** The ideas compared: the Inbox and the Shortlist, or the Shortlist alone. */
    public ObjectProperty<IdeaScope> candidatesProperty() {
        return candidates;
    }

    /**
     * While above 0 (a workshop's duels round), the pairs are chosen among only so many of the
     * candidates, the best by the ranking (weighted score, then dots, then win chance); 0: all of them.
     */
    public IntegerProperty topNProperty() {
        return topN;
    }

    public ReadOnlyObjectProperty<DuelsScreenState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Idea> leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Idea> rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** The brief's title ("" when it has none). */
    public ReadOnlyStringProperty briefTitleProperty() {
        return briefTitle.getReadOnlyProperty();
    }

    /** Duels judged in this session (undone ones not counted). */
    public ReadOnlyIntegerProperty sessionCountProperty() {
        return sessionCount.getReadOnlyProperty();
    }

    /** Duels between live ideas, in all. */
    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** False while there is no pair, or when the project is read-only. */
    public ReadOnlyBooleanProperty canJudgeProperty() {
        return canJudge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True after a duel could not be written (it is taken back). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public boolean readOnly() {
        return context.readOnly();
    }

    // Commands

    /** Reads the ideas, the brief's title and the duels again (the tab was opened, or the board changed). */
    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        IdeaQuery query = IdeaQuery.all().withStatuses(candidates.get().statuses())
                .withViewer(context.board().author());
        int top = topN.get();
        context.executor().run(() -> {
            List<Idea> all = context.board().store().query(query);
            List<Idea> read = top <= 0 ? all : top(all, top);
            List<DuelRecord> duels = service.store().duels();
            List<Strength> fitted = service.fit(read.stream().map(Idea::id).toList(),
                    duels.stream().map(DuelRecord::duel).toList());
            return new Loaded(read, context.brief().current().get(BriefField.TITLE).strip(), duels, fitted);
        }, this::loaded, e -> {
                    loading = false;
                    LOG.log(Level.WARNING, "Could not read the ideas to compare", e);
                    failed.set(true);
                });
    }

    /** The left idea is stronger (←). */
    public void leftWins() {
        judge(Duel.Result.LEFT);
    }

    /** The right idea is stronger (→). */
    public void rightWins() {
        judge(Duel.Result.RIGHT);
    }

    /** Can't decide (↓ or Space): kept as a tie. */
    public void cannotDecide() {
        judge(Duel.Result.TIE);
    }

    /** Another pair; nothing is kept (S). */
    public void skip() {
        Idea a = left.get();
        Idea b = right.get();
        if (a == null || b == null) {
            return;
        }
        List<Long> others = new ArrayList<>(ideas.keySet());
        others.remove(skips++ % 2 == 0 ? a.id() : b.id());
        if (others.size() < 2) {
            others = new ArrayList<>(ideas.keySet());
        }
        show(service.next(others, known, fit));
    }

    /** Takes back the last duel of this session and shows its pair again (Backspace). */
    public void undo() {
        if (context.readOnly()) {
            return;
        }
        Duel undone = writes.undo();
        if (undone == null) {
            return;
        }
        int at = known.lastIndexOf(undone);
        if (at >= 0) { // not there when one of its ideas was deleted and the duels read again
            known.remove(at);
        }
        counted();
        refit(); // the strengths forget the duel taken back
        Idea a = ideas.get(undone.left());
        Idea b = ideas.get(undone.right());
        if (a != null && b != null) {
            left.set(a);
            right.set(b);
            state.set(DuelsScreenState.PAIR);
        }
    }

    public void dispose() {
        again = false;
    }

    // Internals

    private void judge(Duel.Result result) {
        Idea a = left.get();
        Idea b = right.get();
        if (!canJudge.get() || a == null || b == null) {
            return;
        }
        failed.set(false);
        Duel duel = new Duel(a.id(), b.id(), result);
        known.add(duel);
        writes.record(duel, context.rater().get(), () -> {
            int at = known.lastIndexOf(duel);
            if (at >= 0) { // the duels may have been read again since
                known.remove(at);
            }
            counted();
        });
        counted();
        refit();
        next();
    }

    /** Fits the duels known in the background, one fit at a time; the pair shown does not change. */
    private void refit() {
        if (fitting) {
            fitAgain = true;
            return;
        }
        fitting = true;
        List<Long> ids = List.copyOf(ideas.keySet());
        List<Duel> duels = List.copyOf(known);
        context.executor().run(() -> service.fit(ids, duels), fitted -> {
            fit = fitted;
            fitDone();
        }, e -> {
            LOG.log(Level.WARNING, "Could not fit the duels", e);
            fitDone();
        });
    }

    private void fitDone() {
        fitting = false;
        if (fitAgain) {
            fitAgain = false;
            refit();
        }
    }

    private void writeFailed(Throwable e) {
        LOG.log(Level.WARNING, "Could not write a duel", e);
        failed.set(true);
    }

    private void loaded(Loaded l) {
        loading = false;
        ideas.clear();
        l.ideas.forEach(i -> ideas.put(i.id(), i));
        briefTitle.set(l.briefTitle);
        fit = l.fit;
        if (!writes.busy()) {
            known.clear();
            l.duels.forEach(d -> known.add(d.duel()));
        }
        counted();
        Idea a = left.get();
        Idea b = right.get();
        if (a != null && b != null && ideas.containsKey(a.id()) && ideas.containsKey(b.id())) {
            left.set(ideas.get(a.id()));
            right.set(ideas.get(b.id()));
            state.set(DuelsScreenState.PAIR);
        } else {
            next();
        }
        if (again) {
            again = false;
            refresh();
        }
    }

    /** The best {@code n} of the ideas, in the order read (runs off the UI thread). */
    private List<Idea> top(List<Idea> all, int n) {
        java.util.Set<Long> kept = new java.util.HashSet<>(TopIdeas.of(context.judgement(),
                all.stream().map(Idea::id).toList(), n));
        return all.stream().filter(i -> kept.contains(i.id())).toList();
    }

    private void next() {
        show(service.next(new ArrayList<>(ideas.keySet()), known, fit));
    }

    private void show(Optional<long[]> pair) {
        if (pair.isEmpty()) {
            left.set(null);
            right.set(null);
            state.set(DuelsScreenState.TOO_FEW);
            return;
        }
        left.set(ideas.get(pair.get()[0]));
        right.set(ideas.get(pair.get()[1]));
        state.set(DuelsScreenState.PAIR);
    }

    private void counted() {
        sessionCount.set(writes.count());
        totalCount.set(known.size());
        canUndo.set(!context.readOnly() && writes.count() > 0);
    }

    private record Loaded(List<Idea> ideas, String briefTitle, List<DuelRecord> duels, List<Strength> fit) {
    }
}
