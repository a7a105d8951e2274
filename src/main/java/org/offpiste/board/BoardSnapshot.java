package org.offpiste.board;

import java.util.List;
import java.util.Map;

/** One answer of the store for the board: matching ids, counts per status, tags in use, total. */
record BoardSnapshot(long[] ids, Map<IdeaStatus, Integer> statusCounts, List<TagCount> tags, int total) {

    static BoardSnapshot load(IdeaStore store, IdeaQuery query) {
        return new BoardSnapshot(store.queryIds(query), Map.copyOf(store.countByStatus(query)),
                List.copyOf(store.tags()), store.count());
    }
}
