package org.offpiste.store;

import java.util.List;
import java.util.Optional;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionStore;

/** The VersionStore of a project file. Stub of the contract: the versions stream implements it. */
final class SqliteVersionStore implements VersionStore {
    private final Database db;
    private final Times times;

    SqliteVersionStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<IdeaVersion> history(long ideaId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<IdeaVersion> head(long ideaId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Optional<IdeaVersion> find(long versionId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public IdeaVersion add(long ideaId, NewVersion version) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public IdeaVersion amend(long versionId, String title, String body, List<String> tags) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void remove(long versionId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void setMergedInto(long dropId, Long keepId) {
        throw new UnsupportedOperationException("not yet");
    }
}
