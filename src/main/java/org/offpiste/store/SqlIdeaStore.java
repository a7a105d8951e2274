package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.offpiste.board.CommentStore;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.IdeaStore;
import org.offpiste.board.NewIdea;
import org.offpiste.board.TagCount;
import org.offpiste.board.VersionChange;
import org.offpiste.board.VersionStore;
import org.offpiste.board.WrittenEdit;

/** Ideas in tables {@code idea}, {@code tag}, {@code idea_tag}, searchable through {@code idea_fts}. */
final class SqlIdeaStore implements IdeaStore {
    private static final int BATCH = 1000;
    private final Database db;
    private final Times times;
    private final VersionStore versions;
    private final CommentStore comments;

    SqlIdeaStore(Database db, Times times, VersionStore versions, CommentStore comments) {
        this.db = db;
        this.times = times;
        this.versions = versions;
        this.comments = comments;
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
    public Idea add(NewIdea idea) {
        return addAll(List.of(idea)).get(0);
    }

    @Override
    public List<Idea> addAll(List<NewIdea> ideas) {
        if (ideas.isEmpty()) {
            return List.of();
        }
        return db.write(c -> insert(c, times, ideas));
    }

    /**
     * Adds ideas inside the caller's transaction (rows, tags, full-text index and each idea's first
     * version, made by its author): the one insert of ideas, shared with the capture of ideas from answers.
     */
    static List<Idea> insert(Connection c, Times times, List<NewIdea> ideas) throws SQLException {
        long[] ids = Dialect.of(c).newIds(c, "idea", ideas.size());
        var now = times.now();
        String ts = Times.format(now);
        List<Idea> out = new ArrayList<>(ideas.size());
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO idea (id, title, body, status, author,"
                + " created_at, updated_at, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, " + SqlWorkshopStore.SEALING + ")");
             FtsIndex fts = FtsIndex.writer(c);
             PreparedStatement created = SqlVersionStore.created(c);
             TagWriter tags = new TagWriter(c)) {
            for (NewIdea n : ideas) {
                long id = ids[out.size()];
                String body = n.body() == null ? "" : n.body();
                String author = n.author() == null ? "" : n.author();
                IdeaStatus status = n.status() == null ? IdeaStatus.INBOX : n.status();
                ins.setLong(1, id);
                ins.setString(2, n.title());
                ins.setString(3, body);
                ins.setString(4, status.key());
                ins.setString(5, author);
                ins.setString(6, ts);
                ins.setString(7, ts);
                ins.addBatch();
                List<String> names = tags.link(id, n.tags());
                fts.add(id, n.title(), body, names);
                created.setLong(1, id);
                created.setString(2, n.title());
                created.setString(3, body);
                created.setString(4, SqlVersionStore.joinTags(names));
                created.setString(5, author);
                created.setString(6, ts);
                created.addBatch();
                out.add(new Idea(id, n.title(), body, names, status, author, now, now));
                if (out.size() % BATCH == 0) {
                    flush(ins, fts, tags, created);
                }
            }
            flush(ins, fts, tags, created);
        }
        return out;
    }

    private static void flush(PreparedStatement ins, FtsIndex fts, TagWriter tags, PreparedStatement created)
            throws SQLException {
        ins.executeBatch();
        tags.flush();
        fts.flush();
        created.executeBatch();
    }

    @Override
    public Idea update(Idea idea) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idea SET title = ?, body = ?, status = ?,"
                    + " updated_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                ps.setString(1, idea.title());
                ps.setString(2, idea.body() == null ? "" : idea.body());
                ps.setString(3, idea.status().key());
                ps.setString(4, Times.format(times.now()));
                ps.setLong(5, idea.id());
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No idea with id " + idea.id());
                }
            }
            return SqlIdeaEdits.retag(c, idea);
        });
    }

    @Override
    public Optional<WrittenEdit> updateIfUnchanged(Idea idea, Instant base, VersionChange change) {
        return db.write(c -> SqlIdeaEdits.write(c, times, idea, base, change));
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE idea SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                ps.setString(1, Times.format(times.now()));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            FtsIndex.remove(c, id);
            return null;
        });
    }

    @Override
    public Idea undelete(long id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idea SET deleted_at = NULL WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No idea with id " + id);
                }
            }
            FtsIndex.reindex(c, id);
            return IdeaRows.load(c, List.of(id), false).get(0);
        });
    }

    @Override
    public Optional<Idea> find(long id) {
        return db.read(c -> IdeaRows.load(c, List.of(id), false).stream().findFirst());
    }

    @Override
    public List<Idea> findAll(List<Long> ids) {
        return db.read(c -> IdeaRows.load(c, ids, false));
    }

    @Override
    public long[] queryIds(IdeaQuery query) {
        return db.read(c -> ids(c, query));
    }

    private static long[] ids(Connection c, IdeaQuery query) throws SQLException {
        QuerySql q = QuerySql.filter(c, query, true);
        if (q.matchesNothing()) {
            return new long[0];
        }
        long[] out = new long[256];
        int[] n = {0};
        long[] skip = {};
        if (query.sort() == IdeaSort.NOVELTY) {
            out = collect(q.prepare(c, q.selectMeasured("i.id")), out, n, skip);
        } else if (query.sort() == IdeaSort.SCORE) {
            out = collect(q.prepare(c, q.selectScored("i.id")), out, n, skip);
            skip = Arrays.copyOf(out, n[0]);
            Arrays.sort(skip);
        }
        out = collect(q.prepare(c, q.select("i.id", query.sort()) + q.orderBy(query.sort())), out, n, skip);
        return Arrays.copyOf(out, n[0]);
    }

    /**
     * Appends the ids {@code ps} finds, except those in {@code skip} (sorted), to {@code out}
     * (grown as needed; {@code n[0]} counts them).
     */
    private static long[] collect(PreparedStatement ps, long[] out, int[] n, long[] skip) throws SQLException {
        long[] ids = out;
        try (ps; ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (skip.length > 0 && Arrays.binarySearch(skip, id) >= 0) {
                    continue;
                }
                if (n[0] == ids.length) {
                    ids = Arrays.copyOf(ids, n[0] * 2);
                }
                ids[n[0]++] = id;
            }
        }
        return ids;
    }

    @Override
    public List<Idea> query(IdeaQuery query) {
        return db.read(c -> {
            long[] ids = ids(c, query);
            List<Long> list = new ArrayList<>(ids.length);
            for (long id : ids) {
                list.add(id);
            }
            return IdeaRows.load(c, list, false);
        });
    }

    @Override
    public Map<IdeaStatus, Integer> countByStatus(IdeaQuery query) {
        return db.read(c -> {
            Map<IdeaStatus, Integer> out = new EnumMap<>(IdeaStatus.class);
            for (IdeaStatus s : IdeaStatus.values()) {
                out.put(s, 0);
            }
            QuerySql q = QuerySql.filter(c, query, false);
            if (q.matchesNothing()) {
                return out;
            }
            try (PreparedStatement ps = q.prepare(c, q.select("i.status, count(*)", IdeaSort.CREATED)
                    + " GROUP BY i.status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(IdeaStatus.parse(rs.getString(1)), rs.getInt(2));
                }
            }
            return out;
        });
    }

    /**
     * Counted from the tag index alone, minus the tags of deleted ideas (few, found through
     * index {@code idea_deleted}): no look-up of every tagged idea's row.
     */
    @Override
    public List<TagCount> tags() {
        return db.read(c -> {
            List<TagCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.name, a.n - coalesce(d.n, 0) AS live"
                    + " FROM (SELECT tag_id, count(*) AS n FROM idea_tag GROUP BY tag_id) a"
                    + " JOIN tag t ON t.id = a.tag_id"
                    + " LEFT JOIN (SELECT it.tag_id, count(*) AS n FROM idea i JOIN idea_tag it ON it.idea_id = i.id"
                    + " WHERE i.deleted_at IS NOT NULL GROUP BY it.tag_id) d ON d.tag_id = a.tag_id"
                    + " WHERE a.n - coalesce(d.n, 0) > 0 ORDER BY live DESC, " + db.dialect().caseBlind("t.name"));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TagCount(rs.getString(1), rs.getInt(2)));
                }
            }
            return out;
        });
    }

    @Override
    public int count(String viewer) {
        if (viewer == null) {
            return count();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM idea WHERE deleted_at IS NULL AND (sealed = 0 OR author = ?)")) {
                ps.setString(1, viewer);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM idea WHERE deleted_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Deleted ideas left the full-text index when they were deleted; their tag links, versions and
     * comments go by cascade. An idea merged into one that stays is kept: its history shows there.
     * A vote round's candidates are kept, and so is every idea a kept one was merged into.
     */
    @Override
    public void purgeDeleted() {
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("WITH RECURSIVE up(start, idea) AS (SELECT id, merged_into FROM idea"
                        + " WHERE deleted_at IS NOT NULL AND merged_into IS NOT NULL"
                        + " UNION SELECT up.start, i.merged_into FROM up JOIN idea i ON i.id = up.idea"
                        + " WHERE i.deleted_at IS NOT NULL AND i.merged_into IS NOT NULL),"
                        // A vote round's candidates stay: deleting them would cascade to the round's dots.
                        // What a kept idea was merged into stays too (idea.merged_into must point to an idea).
                        + " keep(id) AS (SELECT up.start FROM up JOIN idea i ON i.id = up.idea"
                        + " WHERE i.deleted_at IS NULL"
                        + " UNION SELECT idea_id FROM vote_candidate"
                        + " UNION SELECT i.merged_into FROM keep JOIN idea i ON i.id = keep.id"
                        + " WHERE i.merged_into IS NOT NULL)"
                        + " DELETE FROM idea WHERE deleted_at IS NOT NULL AND id NOT IN (SELECT id FROM keep)");
                s.executeUpdate("DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM idea_tag)");
            }
            return null;
        });
    }
}
