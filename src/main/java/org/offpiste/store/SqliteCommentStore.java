package org.offpiste.store;

import java.util.List;
import java.util.Map;
import org.offpiste.board.IdeaComment;
import org.offpiste.board.CommentStore;

/** The CommentStore of a project file. Stub of the contract: the versions stream implements it. */
final class SqliteCommentStore implements CommentStore {
    private final Database db;
    private final Times times;

    SqliteCommentStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public IdeaComment add(long ideaId, String author, String body) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<IdeaComment> comments(long ideaId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public java.util.Map<Long, Integer> counts() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void delete(long commentId) {
        throw new UnsupportedOperationException("not yet");
    }
}
