package org.offpiste.board;

import java.util.List;
import java.util.Map;

/** Answers of the store for the board, in two parts so the rows never wait for the counts. */
final class BoardSnapshot {
    private BoardSnapshot() {
    }

    /** The matching ids in order, and how many ideas the project has (that the query's viewer may see). */
    record Rows(long[] ids, int total) {
        static Rows load(IdeaStore store, IdeaQuery query) {
            return new Rows(store.queryIds(query), store.count(query.viewer()));
        }
    }

    /** Counts per status for the search and tags, and the tags in use (null when not asked for). */
    record Facets(Map<IdeaStatus, Integer> statusCounts, List<TagCount> tags, int version) {
        static Facets load(IdeaStore store, IdeaQuery query, boolean withTags, int version) {
            return new Facets(Map.copyOf(store.countByStatus(query)), withTags ? List.copyOf(store.tags()) : null, version);
        }
    }
}
