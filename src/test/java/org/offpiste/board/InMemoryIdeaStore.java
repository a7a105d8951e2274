package org.offpiste.board;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A simple, thread-safe {@link IdeaStore} in memory for tests that need no file. Counts its calls. */
final class InMemoryIdeaStore implements IdeaStore {
    private final Map<Long, Idea> live = new LinkedHashMap<>();
    private final Map<Long, Idea> deleted = new LinkedHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private long nextId = 1;
    private long clock = 1_700_000_000_000L;
    private final InMemoryVersionStore versions = new InMemoryVersionStore();
    private final InMemoryCommentStore comments = new InMemoryCommentStore();

    /** How many times {@link #queryIds} ran. */
    int queryCount() {
        return queries.get();
    }

    @Override
    public synchronized Idea add(NewIdea n) {
        Instant now = tick();
        Idea idea = new Idea(nextId++, n.title(), n.body(), Tags.normalise(n.tags()), n.status(), n.author(), now, now);
        live.put(idea.id(), idea);
        versions.add(idea.id(), new NewVersion(VersionKind.CREATED, idea.title(), idea.body(), idea.tags(),
                idea.author(), false, null, null, null));
        return idea;
    }

    @Override
    public VersionStore versions() {
        return versions;
    }

    @Override
    public CommentStore comments() {
        return comments;
    }

    @Override
    public synchronized List<Idea> addAll(List<NewIdea> ideas) {
        return ideas.stream().map(this::add).toList();
    }

    @Override
    public synchronized Idea update(Idea idea) {
        Idea old = live.get(idea.id());
        Idea updated = new Idea(idea.id(), idea.title(), idea.body(), Tags.normalise(idea.tags()), idea.status(),
                old.author(), old.createdAt(), tick());
        live.put(idea.id(), updated);
        return updated;
    }

    /** The optimistic write, as the SQL store does it (the version change under the same lock). */
    @Override
    public synchronized Optional<WrittenEdit> updateIfUnchanged(Idea idea, Instant base, VersionChange change) {
        Idea old = live.get(idea.id());
        if (old == null) {
            throw new IllegalArgumentException("No idea with id " + idea.id());
        }
        if (!old.updatedAt().equals(base)) {
            return Optional.empty();
        }
        Idea written = update(idea);
        IdeaVersion version = switch (change.op()) {
            case ADD -> {
                NewVersion v = change.added();
                Long parent = v.parentId() != null ? v.parentId()
                        : versions.current(idea.id()).map(IdeaVersion::id).orElse(null);
                yield versions.add(idea.id(), new NewVersion(v.kind(), written.title(), written.body(), written.tags(),
                        v.madeBy(), v.byModel(), v.instruction(), parent, v.mergedFromId()));
            }
            case AMEND -> versions.amend(change.versionId(), written.title(), written.body(), written.tags());
            case REMOVE -> {
                versions.remove(change.versionId());
                yield null;
            }
            default -> null;
        };
        return Optional.of(new WrittenEdit(written, version));
    }

    @Override
    public synchronized void delete(long id) {
        Idea i = live.remove(id);
        if (i != null) {
            deleted.put(id, i);
        }
    }

    @Override
    public synchronized Idea undelete(long id) {
        Idea i = deleted.remove(id);
        live.put(id, i);
        return i;
    }

    @Override
    public synchronized Optional<Idea> find(long id) {
        return Optional.ofNullable(live.get(id));
    }

    @Override
    public synchronized List<Idea> findAll(List<Long> ids) {
        return ids.stream().map(live::get).filter(i -> i != null).toList();
    }

    @Override
    public long[] queryIds(IdeaQuery query) {
        queries.incrementAndGet();
        return query(query).stream().mapToLong(Idea::id).toArray();
    }

    @Override
    public synchronized List<Idea> query(IdeaQuery q) {
        return matching(q).filter(i -> q.statuses().isEmpty() || q.statuses().contains(i.status()))
                .sorted(order(q.sort())).toList();
    }

    @Override
    public synchronized Map<IdeaStatus, Integer> countByStatus(IdeaQuery q) {
        Map<IdeaStatus, Integer> out = new EnumMap<>(IdeaStatus.class);
        for (IdeaStatus s : IdeaStatus.values()) {
            out.put(s, 0);
        }
        matching(q).forEach(i -> out.merge(i.status(), 1, Integer::sum));
        return out;
    }

    @Override
    public synchronized List<TagCount> tags() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        live.values().forEach(i -> i.tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        List<TagCount> out = new ArrayList<>();
        counts.forEach((t, c) -> out.add(new TagCount(t, c)));
        out.sort(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::tag));
        return out;
    }

    @Override
    public synchronized int count() {
        return live.size();
    }

    @Override
    public synchronized void purgeDeleted() {
        deleted.clear();
    }

    private Stream<Idea> matching(IdeaQuery q) {
        List<String> words = Stream.of(fold(q.text()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return live.values().stream()
                .filter(i -> q.tags().stream().allMatch(t -> i.tags().stream().anyMatch(t::equalsIgnoreCase)))
                .filter(i -> {
                    List<String> text = List.of(fold(i.title() + " " + i.body() + " " + String.join(" ", i.tags())).split("\\W+"));
                    return words.stream().allMatch(w -> text.stream().anyMatch(t -> t.startsWith(w)));
                });
    }

    private static Comparator<Idea> order(IdeaSort sort) {
        return switch (sort) {
            case CREATED -> Comparator.comparing(Idea::createdAt).reversed();
            case TITLE -> Comparator.comparing((Idea i) -> fold(i.title()));
            case STATUS -> Comparator.comparing(Idea::status).thenComparing(Comparator.comparing(Idea::updatedAt).reversed());
            default -> Comparator.comparing(Idea::updatedAt).reversed();
        };
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private Instant tick() {
        clock += 1000;
        return Instant.ofEpochMilli(clock);
    }
}
