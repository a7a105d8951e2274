package org.offpiste.board;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Comments in memory, beside {@link InMemoryIdeaStore} (ideas merged in are not followed). */
final class InMemoryCommentStore implements CommentStore {
    private final Map<Long, IdeaComment> all = new LinkedHashMap<>();
    private long nextId = 1;
    private long clock = 1_700_000_000_000L;

    @Override
    public synchronized IdeaComment add(long ideaId, String author, String body) {
        clock += 1000;
        IdeaComment c = new IdeaComment(nextId++, ideaId, author, body, Instant.ofEpochMilli(clock));
        all.put(c.id(), c);
        return c;
    }

    @Override
    public synchronized List<IdeaComment> comments(long ideaId) {
        return all.values().stream().filter(c -> c.ideaId() == ideaId).toList();
    }

    @Override
    public synchronized Map<Long, Integer> counts() {
        Map<Long, Integer> out = new HashMap<>();
        all.values().forEach(c -> out.merge(c.ideaId(), 1, Integer::sum));
        return out;
    }

    @Override
    public synchronized void delete(long commentId) {
        all.remove(commentId);
    }
}
