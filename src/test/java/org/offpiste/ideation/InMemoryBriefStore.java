package org.offpiste.ideation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefStore;
import org.offpiste.brief.BriefVersion;

/** A {@link BriefStore} kept in memory, for tests and the demo. */
final class InMemoryBriefStore implements BriefStore {
    private final List<BriefVersion> versions = new ArrayList<>();

    @Override
    public synchronized Optional<BriefVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public synchronized BriefVersion append(Brief brief) {
        Instant now = Instant.now();
        BriefVersion v = new BriefVersion(versions.size() + 1L, now, now, brief);
        versions.add(v);
        return v;
    }

    @Override
    public synchronized BriefVersion amend(long id, Brief brief) {
        BriefVersion old = version(id).orElseThrow();
        BriefVersion v = new BriefVersion(id, old.createdAt(), Instant.now(), brief);
        versions.set((int) id - 1, v);
        return v;
    }

    @Override
    public synchronized List<BriefVersion> versions() {
        List<BriefVersion> copy = new ArrayList<>(versions);
        copy.sort(Comparator.comparingLong(BriefVersion::id).reversed());
        return copy;
    }

    @Override
    public synchronized Optional<BriefVersion> version(long id) {
        return id >= 1 && id <= versions.size() ? Optional.of(versions.get((int) id - 1)) : Optional.empty();
    }
}
