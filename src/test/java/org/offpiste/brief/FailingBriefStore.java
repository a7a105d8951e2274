package org.offpiste.brief;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.offpiste.project.Problem;
import org.offpiste.project.ProjectException;

/** A real store whose writes can be made to fail, the way a full disk or a read-only file fails. */
final class FailingBriefStore implements BriefStore {
    private final BriefStore store;
    private volatile Problem failure;

    FailingBriefStore(BriefStore store) {
        this.store = store;
    }

    void failWith(Problem problem) {
        this.failure = problem;
    }

    @Override
    public Optional<BriefVersion> latest() {
        return store.latest();
    }

    @Override
    public BriefVersion append(Brief brief) {
        check();
        return store.append(brief);
    }

    @Override
    public BriefVersion amend(long id, Brief brief) {
        check();
        return store.amend(id, brief);
    }

    @Override
    public List<BriefVersion> versions() {
        return store.versions();
    }

    @Override
    public Optional<BriefVersion> version(long id) {
        return store.version(id);
    }

    private void check() {
        if (failure != null) {
            throw new ProjectException(failure, Path.of("brief.offpiste"), "test");
        }
    }
}
