package org.offpiste.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Versions in memory, beside {@link InMemoryIdeaStore}, for tests that need no file. */
final class InMemoryVersionStore implements VersionStore {
    private final TreeMap<Long, IdeaVersion> all = new TreeMap<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private long nextId = 1;
    private long clock = 1_700_000_000_000L;

    @Override
    public synchronized List<IdeaVersion> history(long ideaId) {
        Set<Long> family = new HashSet<>(Set.of(ideaId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var e : mergedInto.entrySet()) {
                if (family.contains(e.getValue()) && family.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        return all.values().stream().filter(v -> family.contains(v.ideaId())).toList();
    }

    @Override
    public synchronized Optional<IdeaVersion> head(long ideaId) {
        return all.descendingMap().values().stream().filter(v -> v.ideaId() == ideaId).findFirst();
    }

    @Override
    public synchronized Optional<IdeaVersion> find(long versionId) {
        return Optional.ofNullable(all.get(versionId));
    }

    @Override
    public synchronized IdeaVersion add(long ideaId, NewVersion v) {
        IdeaVersion out = new IdeaVersion(nextId++, ideaId, v.parentId(), v.mergedFromId(), v.kind(), v.title(),
                v.body(), v.tags(), v.madeBy(), v.byModel(), v.instruction(), tick());
        all.put(out.id(), out);
        return out;
    }

    @Override
    public synchronized IdeaVersion amend(long versionId, String title, String body, List<String> tags) {
        IdeaVersion v = all.get(versionId);
        IdeaVersion out = new IdeaVersion(v.id(), v.ideaId(), v.parentId(), v.mergedFromId(), v.kind(), title, body,
                tags, v.madeBy(), v.byModel(), v.instruction(), tick());
        all.put(versionId, out);
        return out;
    }

    @Override
    public synchronized IdeaVersion put(IdeaVersion version) {
        all.put(version.id(), version);
        return version;
    }

    @Override
    public synchronized void remove(long versionId) {
        all.remove(versionId);
        for (IdeaVersion v : new ArrayList<>(all.values())) {
            if (Long.valueOf(versionId).equals(v.parentId())) {
                all.put(v.id(), new IdeaVersion(v.id(), v.ideaId(), null, v.mergedFromId(), v.kind(), v.title(),
                        v.body(), v.tags(), v.madeBy(), v.byModel(), v.instruction(), v.createdAt()));
            }
        }
    }

    @Override
    public synchronized long keeper(long ideaId) {
        long id = ideaId;
        while (mergedInto.containsKey(id)) {
            id = mergedInto.get(id);
        }
        return id;
    }

    @Override
    public synchronized Set<Long> editedByPerson(Collection<Long> ideaIds) {
        Set<Long> out = new HashSet<>();
        for (long id : ideaIds) {
            List<IdeaVersion> own = all.values().stream().filter(v -> v.ideaId() == id).toList();
            if (!own.isEmpty() && own.get(0).byModel() && own.stream().skip(1).anyMatch(v -> !v.byModel())) {
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public synchronized void setMergedInto(long dropId, Long keepId) {
        if (keepId == null) {
            mergedInto.remove(dropId);
        } else {
            mergedInto.put(dropId, keepId);
        }
    }

    private Instant tick() {
        clock += 1000;
        return Instant.ofEpochMilli(clock);
    }
}
