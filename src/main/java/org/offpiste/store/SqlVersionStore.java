package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionKind;
import org.offpiste.board.VersionStore;

/**
 * Versions of ideas in table {@code idea_version}; tags joined with a newline. An idea's history
 * takes in the ideas merged into it, followed down {@code idea.merged_into} to any depth.
 */
final class SqlVersionStore implements VersionStore {
    private static final String COLUMNS = "id, idea_id, parent_id, merged_from_id, kind, title, body, tags, made_by,"
            + " by_model, instruction, created_at";
    /** The idea (?) and every idea merged into it, directly or through another merge. */
    static final String MERGED_IN = "WITH RECURSIVE family(id) AS (SELECT CAST(? AS BIGINT) UNION"
            + " SELECT i.id FROM idea i JOIN family f ON i.merged_into = f.id) ";
    private final Database db;
    private final Times times;

    SqlVersionStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<IdeaVersion> history(long ideaId) {
        return db.read(c -> list(c, MERGED_IN + "SELECT " + COLUMNS + " FROM idea_version"
                + " WHERE idea_id IN (SELECT id FROM family) ORDER BY created_at, id", ideaId));
    }

    @Override
    public Optional<IdeaVersion> head(long ideaId) {
        return db.read(c -> list(c, "SELECT " + COLUMNS + " FROM idea_version WHERE idea_id = ?"
                + " ORDER BY id DESC LIMIT 1", ideaId).stream().findFirst());
    }

    @Override
    public Optional<IdeaVersion> find(long versionId) {
        return db.read(c -> find(c, versionId));
    }

    @Override
    public IdeaVersion add(long ideaId, NewVersion v) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_version (idea_id, parent_id,"
                    + " merged_from_id, kind, title, body, tags, made_by, by_model, instruction, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, ideaId);
                SqlValues.setLong(ps, 2, v.parentId());
                SqlValues.setLong(ps, 3, v.mergedFromId());
                ps.setString(4, v.kind().key());
                ps.setString(5, v.title());
                ps.setString(6, v.body() == null ? "" : v.body());
                ps.setString(7, joinTags(v.tags()));
                ps.setString(8, v.madeBy() == null ? "" : v.madeBy());
                ps.setInt(9, v.byModel() ? 1 : 0);
                ps.setString(10, v.instruction());
                ps.setString(11, Times.format(times.now()));
                return find(c, SqlValues.insertedId(ps)).orElseThrow();
            }
        });
    }

    @Override
    public IdeaVersion put(IdeaVersion v) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_version (id, idea_id, parent_id,"
                    + " merged_from_id, kind, title, body, tags, made_by, by_model, instruction, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    + " parent_id = excluded.parent_id, merged_from_id = excluded.merged_from_id,"
                    + " title = excluded.title, body = excluded.body, tags = excluded.tags,"
                    + " created_at = excluded.created_at")) {
                ps.setLong(1, v.id());
                ps.setLong(2, v.ideaId());
                SqlValues.setLong(ps, 3, v.parentId() == null || find(c, v.parentId()).isEmpty() ? null : v.parentId());
                SqlValues.setLong(ps, 4,
                        v.mergedFromId() == null || find(c, v.mergedFromId()).isEmpty() ? null : v.mergedFromId());
                ps.setString(5, v.kind().key());
                ps.setString(6, v.title());
                ps.setString(7, v.body());
                ps.setString(8, joinTags(v.tags()));
                ps.setString(9, v.madeBy());
                ps.setInt(10, v.byModel() ? 1 : 0);
                ps.setString(11, v.instruction());
                ps.setString(12, Times.format(v.createdAt()));
                ps.executeUpdate();
            }
            return find(c, v.id()).orElseThrow();
        });
    }

    @Override
    public IdeaVersion amend(long versionId, String title, String body, List<String> tags) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idea_version SET title = ?, body = ?, tags = ?,"
                    + " created_at = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setString(2, body == null ? "" : body);
                ps.setString(3, joinTags(tags));
                ps.setString(4, Times.format(times.now()));
                ps.setLong(5, versionId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No version with id " + versionId);
                }
            }
            return find(c, versionId).orElseThrow();
        });
    }

    @Override
    public void remove(long versionId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idea_version WHERE id = ?")) {
                ps.setLong(1, versionId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long keeper(long ideaId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE up(id, depth) AS (SELECT CAST(? AS BIGINT), 0"
                    + " UNION ALL SELECT i.merged_into, up.depth + 1 FROM idea i JOIN up ON i.id = up.id"
                    + " WHERE i.merged_into IS NOT NULL AND up.depth < 10000)"
                    + " SELECT id FROM up ORDER BY depth DESC LIMIT 1")) {
                ps.setLong(1, ideaId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : ideaId;
                }
            }
        });
    }

    @Override
    public Set<Long> editedByPerson(Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        String json = IdeaRows.json(ideaIds);
        return db.read(c -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.idea_id FROM (SELECT idea_id, min(id) AS first"
                    + " FROM idea_version WHERE idea_id IN (" + db.dialect().idList() + ") GROUP BY idea_id) f"
                    + " JOIN idea_version v0 ON v0.id = f.first WHERE v0.by_model = 1 AND EXISTS (SELECT 1"
                    + " FROM idea_version v WHERE v.idea_id = f.idea_id AND v.id > f.first AND v.by_model = 0)")) {
                ps.setString(1, json);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setMergedInto(long dropId, Long keepId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE idea SET merged_into = ? WHERE id = ?")) {
                SqlValues.setLong(ps, 1, keepId);
                ps.setLong(2, dropId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No idea with id " + dropId);
                }
            }
            return null;
        });
    }

    /**
     * The statement that records the first version of ideas just inserted, inside the caller's
     * transaction (the idea store's insert): idea id, title, body, tags, made by, time.
     */
    static PreparedStatement created(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO idea_version (idea_id, kind, title, body, tags, made_by, by_model,"
                + " created_at) VALUES (?, 'created', ?, ?, ?, ?, 0, ?)");
    }

    /** Marks an idea's first version as the model's of its origin, inside the caller's transaction. */
    static void madeByModel(Connection c, long ideaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE idea_version SET by_model = 1, made_by ="
                + " (SELECT trim(provider || ' · ' || model, ' ·') FROM idea_origin WHERE idea_id = ?)"
                + " WHERE idea_id = ? AND kind = 'created'")) {
            ps.setLong(1, ideaId);
            ps.setLong(2, ideaId);
            ps.executeUpdate();
        }
    }

    static String joinTags(List<String> tags) {
        return String.join("\n", tags);
    }

    /** A version read inside the caller's transaction (the idea store's optimistic edit). */
    static Optional<IdeaVersion> findIn(Connection c, long versionId) throws SQLException {
        return find(c, versionId);
    }

    private static Optional<IdeaVersion> find(Connection c, long versionId) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM idea_version WHERE id = ?", versionId).stream().findFirst();
    }

    private static List<IdeaVersion> list(Connection c, String sql, long id) throws SQLException {
        List<IdeaVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(version(rs));
                }
            }
        }
        return out;
    }

    private static IdeaVersion version(ResultSet rs) throws SQLException {
        String tags = rs.getString(8);
        List<String> list = tags.isEmpty() ? List.of() : Arrays.stream(tags.split("\n")).filter(t -> !t.isBlank()).toList();
        Instant at = Times.parse(rs.getString(12));
        return new IdeaVersion(rs.getLong(1), rs.getLong(2), SqlValues.getLong(rs, 3), SqlValues.getLong(rs, 4),
                VersionKind.fromKey(rs.getString(5)), rs.getString(6), rs.getString(7), list, rs.getString(9),
                rs.getInt(10) == 1, rs.getString(11), at);
    }
}
