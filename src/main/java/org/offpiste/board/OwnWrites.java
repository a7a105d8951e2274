package org.offpiste.board;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The states of ideas this service itself moved them out of, so an editor based on an earlier state
 * written here is not told of a conflict with its own person: per idea, the unbroken run of this
 * service's writes that ends at its last one (a write by anyone else breaks the run). Not thread-safe:
 * the board service calls it under its lock.
 */
final class OwnWrites {
    private static final int KEPT = 10_000;
    private final Map<Long, Run> runs = new HashMap<>();

    private static final class Run {
        private final Set<Instant> passed = new HashSet<>();
        private Instant last;
    }

    /** This service moved idea {@code id} from the state at {@code from} to the one at {@code to}. */
    void wrote(long id, Instant from, Instant to) {
        Run run = runs.computeIfAbsent(id, k -> new Run());
        if (!Objects.equals(run.last, from) || run.passed.size() > KEPT) {
            run.passed.clear(); // someone else wrote in between: earlier states are theirs to judge
        }
        if (from != null) {
            run.passed.add(from);
        }
        run.last = to;
    }

    /** True when every write since {@code base} (up to {@code current}) was made here, or none was. */
    boolean onlyOwnSince(long id, Instant base, Instant current) {
        if (Objects.equals(base, current)) {
            return true;
        }
        Run run = runs.get(id);
        return run != null && Objects.equals(run.last, current) && run.passed.contains(base);
    }

    /** Notes the ideas an undo or redo of this service moved from {@code was} to {@code now}. */
    void wroteAll(List<Idea> was, List<Idea> now) {
        for (Idea b : was) {
            now.stream().filter(a -> a.id() == b.id()).findFirst()
                    .ifPresent(a -> wrote(a.id(), b.updatedAt(), a.updatedAt()));
        }
    }

    /**
     * Undo writes ideas back as they were before an action, redo as they were after it: refused when
     * someone else has changed one of them since ({@code left}, as the action left them; {@code now}, as
     * they are), so that their text is never silently overwritten. Ideas gone are left to the action.
     */
    void requireOnlyOwnSince(List<Idea> left, List<Idea> now) {
        for (Idea l : left) {
            now.stream().filter(n -> n.id() == l.id()).findFirst().ifPresent(n -> {
                if (!onlyOwnSince(n.id(), l.updatedAt(), n.updatedAt())) {
                    throw new ConflictingUndoException(n.id());
                }
            });
        }
    }
}
