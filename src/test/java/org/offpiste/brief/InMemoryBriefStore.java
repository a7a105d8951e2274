package org.offpiste.brief;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;

/** A brief store in memory for ViewModel tests (brief, techniques); can be told to fail like a full disk. */
public final class InMemoryBriefStore implements BriefStore {
    private final Clock clock;
    private final List<BriefVersion> versions = new ArrayList<>();
    private final AtomicInteger writes = new AtomicInteger();
    private volatile Problem failure;

    public InMemoryBriefStore() {
        this(Clock.systemUTC());
    }

    public InMemoryBriefStore(Clock clock) {
        this.clock = clock;
    }

    /** Makes every write throw a {@link ProjectException} with {@code problem}; null to stop. */
    void failWith(Problem problem) {
        this.failure = problem;
    }

    int writes() {
        return writes.get();
    }

    @Override
    public synchronized Optional<BriefVersion> latest() {
        return versions.stream().max(Comparator.comparingLong(BriefVersion::id));
    }

    @Override
    public synchronized BriefVersion append(Brief brief) {
        check();
        Instant now = clock.instant();
        BriefVersion v = new BriefVersion(versions.size() + 1L, now, now, brief);
        versions.add(v);
        return v;
    }

    @Override
    public synchronized BriefVersion amend(long id, Brief brief) {
        check();
        BriefVersion old = versions.get((int) id - 1);
        BriefVersion v = new BriefVersion(id, old.createdAt(), clock.instant(), brief);
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

    private void check() {
        if (failure != null) {
            throw new ProjectException(failure, Path.of("test.offpiste"), "test");
        }
        writes.incrementAndGet();
    }
}
