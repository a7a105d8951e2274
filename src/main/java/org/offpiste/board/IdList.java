package org.offpiste.board;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The board's rows: only the ids of the matching ideas, kept in a {@code long[]}. Replacing the
 * array fires one replace change, so a list view keeps its scroll position.
 */
public final class IdList extends ObservableListBase<Long> {
    private long[] ids = new long[0];

    @Override
    public Long get(int index) {
        return ids[index];
    }

    public long idAt(int index) {
        return ids[index];
    }

    @Override
    public int size() {
        return ids.length;
    }

    /** Index of {@code id}, or -1. */
    public int indexOfId(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The ids from {@code from} (inclusive) to {@code to} (exclusive), clamped to the list. */
    public List<Long> slice(int from, int to) {
        long[] snapshot = ids;
        int start = Math.max(0, Math.min(from, snapshot.length));
        int end = Math.max(start, Math.min(to, snapshot.length));
        return new Frozen(snapshot, start, end);
    }

    void replace(long[] newIds) {
        long[] old = ids;
        ids = newIds.clone();
        beginChange();
        nextReplace(0, ids.length, new Frozen(old, 0, old.length));
        endChange();
    }

    /** An immutable view of part of an array (the removed rows of a change, a page to load). */
    private static final class Frozen extends AbstractList<Long> {
        private final long[] values;
        private final int from;
        private final int to;

        Frozen(long[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        public Long get(int index) {
            return values[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
