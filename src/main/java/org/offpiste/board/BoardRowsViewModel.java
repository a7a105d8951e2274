package org.offpiste.board;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;
import org.offpiste.ui.TaskExecutor;

/**
 * The rows of the board: the matching ids ({@link IdList}) and the ideas behind the visible rows, loaded by pages of {@link #PAGE_SIZE} in the background.
 * Holds at most {@link #CAPACITY} ideas (least recently shown go first). After a board change
 * the held ideas are kept but marked stale: rows show them until their page is reloaded, so
 * nothing flickers. Used on the UI thread only.
 */
public final class BoardRowsViewModel {
    public static final int PAGE_SIZE = 100;
    public static final int CAPACITY = 1_000;
    private static final int MAX_IN_FLIGHT = 2;
    private static final int MAX_PENDING = 6;

    private final IdeaStore store;
    private final TaskExecutor executor;
    private final IdList ids;
    private final Map<Long, Entry> ideas = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Deque<Integer> pending = new ArrayDeque<>();
    private final Set<Integer> requested = new HashSet<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private int generation;
    private int inFlight;

    BoardRowsViewModel(IdeaStore store, TaskExecutor executor, IdList ids) {
        this.store = store;
        this.executor = executor;
        this.ids = ids;
        ids.addListener((ListChangeListener<Long>) c -> forgetPages());
    }

    /**
     * The idea on row {@code index} if it is loaded (perhaps stale); asks for its page when it is
     * missing or stale. Empty while the page loads: {@link #revisionProperty()} ticks when it arrives.
     */
    public Optional<Idea> ideaAt(int index) {
        if (index < 0 || index >= ids.size()) {
            return Optional.empty();
        }
        long id = ids.idAt(index);
        Entry e = ideas.get(id);
        if (e == null || e.generation != generation) {
            request(index / PAGE_SIZE);
            e = ideas.get(id); // a synchronous executor has loaded it already
        }
        return e == null ? Optional.empty() : Optional.ofNullable(e.idea);
    }

    /** Ticks each time a page arrives: visible rows read their idea again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** How many ideas are held. */
    public int size() {
        return (int) ideas.values().stream().filter(e -> e.idea != null).count();
    }

    /** The board changed: what is held may be out of date. */
    void invalidate() {
        generation++;
        forgetPages();
    }

    /** Page numbers mean other ideas now (or the same ones, out of date): ask again when shown. */
    private void forgetPages() {
        pending.clear();
        requested.clear();
    }

    private void request(int page) {
        if (!requested.add(page)) {
            return;
        }
        pending.addFirst(page);
        while (pending.size() > MAX_PENDING) {
            requested.remove(pending.removeLast());
        }
        drain();
    }

    private void drain() {
        while (inFlight < MAX_IN_FLIGHT && !pending.isEmpty()) {
            int page = pending.removeFirst();
            List<Long> pageIds = ids.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
            int gen = generation;
            inFlight++;
            executor.run(() -> store.findAll(pageIds), loaded -> arrived(page, gen, pageIds, loaded), error -> failed(page));
        }
    }

    private void arrived(int page, int gen, List<Long> asked, List<Idea> loaded) {
        inFlight--;
        requested.remove(page);
        for (Long id : asked) {
            ideas.put(id, new Entry(null, gen)); // gone meanwhile: remembered, so not asked for again
        }
        for (Idea idea : loaded) {
            ideas.put(idea.id(), new Entry(idea, gen));
        }
        revision.set(revision.get() + 1);
        drain();
    }

    private void failed(int page) {
        inFlight--;
        requested.remove(page); // asked again the next time a card of it is drawn
        drain();
    }

    private record Entry(Idea idea, int generation) {
    }

    /**
     * The board's rows: only the ids of the matching ideas, kept in a {@code long[]}. Replacing the
     * array fires one replace change, so a list view keeps its scroll position.
     */
    public static final class IdList extends ObservableListBase<Long> {
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
}
