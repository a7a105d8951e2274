package org.offpiste.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.offpiste.i18n.Messages;

/**
 * Criteria and ratings: the brief's success criteria (one per line, bullet or semicolon) plus
 * Originality and Feasibility become 1–5 scales with weights; each rater's scores are kept.
 * Thread-safe: every change is one store call, and the syncing with the brief runs alone.
 * Listeners hear every change of a criterion or a score (on the thread that made it).
 */
public final class CriteriaService {
    /** The English names the built-in criteria are stored under. */
    static final String ORIGINALITY = "Originality";
    static final String FEASIBILITY = "Feasibility";
    private static final Set<String> ORIGINALITY_KEYS = Set.of("originality", "originalite");
    private static final Set<String> FEASIBILITY_KEYS = Set.of("feasibility", "faisabilite");
    private final CriteriaStore store;
    private final Supplier<String> successCriteria;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param successCriteria the current brief's success criteria text */
    public CriteriaService(CriteriaStore store, Supplier<String> successCriteria) {
        this.store = store;
        this.successCriteria = successCriteria;
    }

    public CriteriaStore store() {
        return store;
    }

    /** Hears every change of criteria or scores made through this service. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The active criteria by position, first brought in line with the brief (new lines added, gone ones inactive). */
    public List<Criterion> criteria() {
        List<Criterion> all = sync();
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : all) {
            if (c.active()) {
                out.add(c);
            }
        }
        return out;
    }

    /** A criterion by id, name (case and accents ignored) or built-in key ("originality", "originalité"…). */
    public Optional<Criterion> find(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        List<Criterion> active = criteria();
        String key = CriteriaLines.key(idOrName);
        for (Criterion c : active) {
            if (String.valueOf(c.id()).equals(idOrName.strip()) || CriteriaLines.key(c.name()).equals(key)) {
                return Optional.of(c);
            }
        }
        CriterionSource builtIn = ORIGINALITY_KEYS.contains(key) ? CriterionSource.ORIGINALITY
                : FEASIBILITY_KEYS.contains(key) ? CriterionSource.FEASIBILITY : null;
        return active.stream().filter(c -> c.source() == builtIn).findFirst();
    }

    /** Sets (or replaces) a rater's score of an idea, 1 to 5. */
    public void rate(long ideaId, long criterionId, String rater, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A score is a whole number from 1 to 5, not " + score);
        }
        store.rate(ideaId, criterionId, rater, score);
        changed();
    }

    /** Removes a rater's score of an idea on a criterion. */
    public void unrate(long ideaId, long criterionId, String rater) {
        store.unrate(ideaId, criterionId, rater);
        changed();
    }

    public Criterion setWeight(long criterionId, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A weight is 0 or more, not " + weight);
        }
        Criterion updated = store.update(byId(criterionId).withWeight(weight));
        changed();
        return updated;
    }

    /** Adds the person's own criterion (weight 1); one of theirs that was removed comes back. */
    public Criterion addOwn(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A criterion needs a name");
        }
        Criterion result;
        synchronized (this) {
            Optional<Criterion> same = sync().stream()
                    .filter(c -> CriteriaLines.key(c.name()).equals(CriteriaLines.key(clean))).findFirst();
            if (builtIn(clean) || same.isPresent() && (same.get().active() || same.get().source() != CriterionSource.OWN)) {
                throw new IllegalArgumentException("A criterion named \"" + clean + "\" exists already");
            }
            result = same.isPresent() ? store.update(withActive(same.get(), true))
                    : store.add(clean, CriterionSource.OWN, 1);
        }
        changed();
        return result;
    }

    /** Renames one of the person's own criteria. */
    public Criterion rename(long criterionId, String name) {
        Criterion own = own(criterionId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A criterion needs a name");
        }
        Criterion updated = store.update(new Criterion(own.id(), clean, own.source(), own.weight(), own.position(),
                own.active()));
        changed();
        return updated;
    }

    /** Removes one of the person's own criteria: it becomes inactive, its scores are kept. */
    public Criterion remove(long criterionId) {
        Criterion updated = store.update(withActive(own(criterionId), false));
        changed();
        return updated;
    }

    /** The weighted score of every rated live idea. */
    public Map<Long, IdeaScore> scores() {
        return store.weightedScores();
    }

    /** One rater's scores: idea id → criterion id → score (raters compared ignoring case). */
    public Map<Long, Map<Long, Integer>> scoresBy(String rater) {
        String who = rater == null ? "" : rater.strip();
        Map<Long, Map<Long, Integer>> out = new HashMap<>();
        for (CriterionScore s : store.allScores()) {
            if (s.rater().equalsIgnoreCase(who)) {
                out.computeIfAbsent(s.ideaId(), k -> new HashMap<>()).put(s.criterionId(), s.score());
            }
        }
        return out;
    }

    /** A criterion's name as a person reads it: the built-in ones in their language. */
    public static String label(Criterion criterion, Messages messages) {
        switch (criterion.source()) {
            case ORIGINALITY:
                return messages.get("criteria.builtin.originality");
            case FEASIBILITY:
                return messages.get("criteria.builtin.feasibility");
            default:
                return criterion.name();
        }
    }

    private Criterion byId(long criterionId) {
        return store.criteria().stream().filter(c -> c.id() == criterionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + criterionId));
    }

    private Criterion own(long criterionId) {
        Criterion c = byId(criterionId);
        if (c.source() != CriterionSource.OWN) {
            throw new IllegalArgumentException("Only a criterion of your own can be renamed or removed: " + c.name());
        }
        return c;
    }

    private static Criterion withActive(Criterion c, boolean active) {
        return new Criterion(c.id(), c.name(), c.source(), c.weight(), c.position(), active);
    }

    /**
     * Brings the stored criteria in line with the brief: its new lines added (weight 1), brief
     * criteria that left it inactive (their scores kept), ones that came back active again, and
     * Originality and Feasibility present. A file that cannot be written keeps what it holds.
     */
    private synchronized List<Criterion> sync() {
        List<Criterion> all = store.criteria();
        List<String> lines = CriteriaLines.of(successCriteria.get());
        Set<String> wanted = new HashSet<>();
        lines.forEach(l -> wanted.add(CriteriaLines.key(l)));
        Map<String, Criterion> byKey = new HashMap<>();
        all.forEach(c -> byKey.putIfAbsent(CriteriaLines.key(c.name()), c));
        boolean changed = false;
        try {
            for (Criterion c : all) {
                boolean inBrief = wanted.contains(CriteriaLines.key(c.name()));
                if (c.source() == CriterionSource.BRIEF && c.active() != inBrief) {
                    store.update(withActive(c, inBrief));
                    changed = true;
                }
            }
            for (String line : lines) {
                if (!byKey.containsKey(CriteriaLines.key(line)) && !builtIn(line)) {
                    byKey.put(CriteriaLines.key(line), store.add(line, CriterionSource.BRIEF, 1));
                    changed = true;
                }
            }
            changed |= ensure(all, CriterionSource.ORIGINALITY, ORIGINALITY, byKey);
            changed |= ensure(all, CriterionSource.FEASIBILITY, FEASIBILITY, byKey);
        } catch (RuntimeException e) {
            // A file opened read-only (or a failing disk): show what the file holds.
            return all;
        }
        if (!changed) {
            return all;
        }
        List<Criterion> now = store.criteria();
        changed();
        return now;
    }

    private boolean ensure(List<Criterion> all, CriterionSource source, String name, Map<String, Criterion> byKey) {
        Optional<Criterion> present = all.stream().filter(c -> c.source() == source).findFirst();
        if (present.isPresent()) {
            if (!present.get().active()) {
                store.update(withActive(present.get(), true));
                return true;
            }
            return false;
        }
        String stored = byKey.containsKey(CriteriaLines.key(name)) ? name + " (" + source.key() + ")" : name;
        store.add(stored, source, 1);
        return true;
    }

    /** True for "Originality", "Originalité", "Feasibility", "Faisabilité": the built-in criteria. */
    private static boolean builtIn(String name) {
        String key = CriteriaLines.key(name);
        return ORIGINALITY_KEYS.contains(key) || FEASIBILITY_KEYS.contains(key);
    }

    private void changed() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
