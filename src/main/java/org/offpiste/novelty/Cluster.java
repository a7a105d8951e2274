package org.offpiste.novelty;

import java.util.List;

/**
 * A group found by {@link Clustering}: the indexes of its members (ascending) and its cohesion,
 * the mean cosine similarity between its members (higher is tighter).
 */
record Cluster(List<Integer> members, double cohesion) {
    Cluster {
        members = List.copyOf(members);
    }

    int size() {
        return members.size();
    }
}
