package org.offpiste.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.IdeaScore;

/**
 * The Criteria tab: the active criteria with their weights, the ideas to rate (the Shortlist, or
 * the Inbox and the Shortlist) and one rater's scores, each change written at once in the
 * background. Reads again whenever criteria, scores or the board change (latest wins); a read
 * that started before one of this tab's own writes does not undo what the person just did.
 */
public final class CriteriaViewModel {
    private static final Logger LOG = Logger.getLogger(CriteriaViewModel.class.getName());
    private final JudgeContext context;
    private final CriteriaService criteria;
    private final ObservableList<CriterionItem> items = FXCollections.observableArrayList();
    private final ObservableList<RatingRow> rows = FXCollections.observableArrayList();
    private final StringProperty rater = new SimpleStringProperty(this, "rater", "");
    private final ObjectProperty<RatingScope> scope = new SimpleObjectProperty<>(this, "scope", RatingScope.SHORTLIST);
    private final StringProperty newCriterion = new SimpleStringProperty(this, "newCriterion", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final Map<Long, RatingRow> byId = new HashMap<>();
    private final Runnable changed;
    private boolean loading;
    private boolean again;
    private int writes;
    private boolean disposed;

    public CriteriaViewModel(JudgeContext context) {
        this.context = context;
        this.criteria = context.judgement().criteria();
        String name = context.rater().get();
        rater.set(name == null ? "" : name);
        this.changed = () -> context.executor().onUi(this::refresh);
        criteria.addListener(changed); // board changes come through the judgement screen, only while it is shown
        rater.addListener((o, a, b) -> refresh());
        scope.addListener((o, a, b) -> refresh());
    }

    // Properties

    /** The active criteria, by position. */
    public ObservableList<CriterionItem> getCriteria() {
        return items;
    }

    /** The ideas to rate, newest change first (the table sorts them as the person asks). */
    public ObservableList<RatingRow> getRows() {
        return rows;
    }

    /** Whose scores are shown and written: the settings' author name, or a workshop's participant. */
    public StringProperty raterProperty() {
        return rater;
    }

    public ObjectProperty<RatingScope> scopeProperty() {
        return scope;
    }

    /** The name of a criterion of the person's own, to add. */
    public StringProperty newCriterionProperty() {
        return newCriterion;
    }

    /** The key ({@code criteria.error.*}) of what went wrong last, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once the first read arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return context.readOnly();
    }

    // Commands

    /** Reads what the tab shows again (the tab was opened, or the board changed). */
    public void refresh() {
        if (disposed) {
            return;
        }
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        int startedAt = writes;
        String who = who();
        RatingScope shown = scope.get();
        context.executor().run(() -> read(who, shown), s -> arrived(s, startedAt), this::readFailed);
    }

    /** Sets the rater's score of an idea on a criterion (1 to 5), or clears it (0). Written at once. */
    public void rate(RatingRow row, long criterionId, int score) {
        if (isReadOnly() || score < 0 || score > 5 || row.score(criterionId).get() == score) {
            return;
        }
        row.score(criterionId).set(score);
        String who = who();
        write(() -> {
            if (score == 0) {
                criteria.unrate(row.ideaId(), criterionId, who);
            } else {
                criteria.rate(row.ideaId(), criterionId, who, score);
            }
        }, "criteria.error.save");
    }

    /** Sets a criterion's weight (0 or more). Written at once. */
    public void setWeight(CriterionItem item, double weight) {
        if (isReadOnly() || !(weight >= 0) || weight == item.weightProperty().get()) {
            return;
        }
        item.setWeight(weight);
        write(() -> criteria.setWeight(item.id(), weight), "criteria.error.save");
    }

    /** Adds the criterion named in {@link #newCriterionProperty()} (weight 1). */
    public void addOwn() {
        String name = newCriterion.get() == null ? "" : newCriterion.get().strip();
        if (isReadOnly() || name.isEmpty()) {
            return;
        }
        boolean exists = items.stream().anyMatch(i -> i.name().equalsIgnoreCase(name));
        if (exists) {
            problem.set("criteria.error.exists");
            return;
        }
        newCriterion.set("");
        write(() -> criteria.addOwn(name), "criteria.error.exists");
    }

    /** Renames one of the person's own criteria. */
    public void renameOwn(CriterionItem item, String name) {
        if (isReadOnly() || !item.isOwn() || name == null || name.isBlank()) {
            return;
        }
        write(() -> criteria.rename(item.id(), name.strip()), "criteria.error.exists");
    }

    /** Removes one of the person's own criteria: it no longer counts; its scores are kept. */
    public void removeOwn(CriterionItem item) {
        if (isReadOnly() || !item.isOwn()) {
            return;
        }
        write(() -> criteria.remove(item.id()), "criteria.error.save");
    }

    public void dismissProblem() {
        problem.set(null);
    }

    public void dispose() {
        disposed = true;
        criteria.removeListener(changed);
    }

    // The work

    private String who() {
        String name = rater.get() == null ? "" : rater.get().strip();
        if (name.isEmpty()) {
            String fallback = context.rater().get();
            return fallback == null ? "" : fallback.strip();
        }
        return name;
    }

    private void write(Runnable work, String failureKey) {
        writes++;
        context.executor().run(() -> {
            work.run();
            return Boolean.TRUE;
        }, done -> refresh(), e -> {
            LOG.log(Level.WARNING, "Could not save a change of criteria or scores", e);
            problem.set(failureKey);
            writes++;
            refresh();
        });
    }

    private Snapshot read(String who, RatingScope shown) {
        List<Criterion> active = criteria.criteria();
        List<Idea> ideas = context.board().store().query(IdeaQuery.all().withStatuses(shown.statuses())
                .withSort(IdeaSort.UPDATED).withViewer(context.board().author()));
        return new Snapshot(active, ideas, criteria.scoresBy(who), criteria.scores());
    }

    private void arrived(Snapshot s, int startedAt) {
        loading = false;
        if (disposed) {
            return;
        }
        applyCriteria(s.criteria(), startedAt == writes);
        applyRows(s, startedAt == writes);
        loaded.set(true);
        if (again || startedAt != writes) {
            again = false;
            refresh();
        }
    }

    private void readFailed(Throwable e) {
        loading = false;
        LOG.log(Level.WARNING, "Could not read the criteria and scores", e);
        problem.set("criteria.error.read");
    }

    /** Rebuilds the list when criteria came or went (or were renamed); else only brings weights up to date. */
    private void applyCriteria(List<Criterion> active, boolean current) {
        boolean same = active.size() == items.size();
        for (int i = 0; same && i < active.size(); i++) {
            Criterion now = active.get(i);
            Criterion held = items.get(i).criterion();
            same = now.id() == held.id() && now.name().equals(held.name());
        }
        if (!same) {
            List<CriterionItem> fresh = new ArrayList<>();
            active.forEach(c -> fresh.add(new CriterionItem(c)));
            items.setAll(fresh);
        } else if (current) {
            for (int i = 0; i < active.size(); i++) {
                items.get(i).setWeight(active.get(i).weight());
            }
        }
    }

    private void applyRows(Snapshot s, boolean current) {
        List<RatingRow> fresh = new ArrayList<>();
        for (Idea idea : s.ideas()) {
            RatingRow row = byId.computeIfAbsent(idea.id(), id -> new RatingRow(id, idea.title()));
            row.setTitle(idea.title());
            if (current) {
                Map<Long, Integer> mine = s.mine().getOrDefault(idea.id(), Map.of());
                for (Criterion c : s.criteria()) {
                    row.score(c.id()).set(mine.getOrDefault(c.id(), 0));
                }
            }
            IdeaScore score = s.scores().get(idea.id());
            row.setWeighted(score == null ? null : score.score(), score == null ? 0 : score.raters());
            fresh.add(row);
        }
        byId.keySet().retainAll(fresh.stream().map(RatingRow::ideaId).toList());
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
    }

    private record Snapshot(List<Criterion> criteria, List<Idea> ideas, Map<Long, Map<Long, Integer>> mine,
                            Map<Long, IdeaScore> scores) {
    }
}
