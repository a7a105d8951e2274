package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.NewVersion;
import org.offpiste.board.VersionChange;
import org.offpiste.board.WrittenEdit;

/**
 * The optimistic edit of an idea, inside the caller's transaction: one conditional UPDATE (atomic on
 * SQLite and on PostgreSQL under concurrent transactions: the second writer waits for the first one's
 * row lock, then finds {@code updated_at} changed and updates nothing), then its tags, its search
 * entry and its version.
 */
final class SqlIdeaEdits {
    private SqlIdeaEdits() {
    }

    static Optional<WrittenEdit> write(Connection c, Times times, Idea idea, Instant base, VersionChange change)
            throws SQLException {
        // Later than the state replaced, even when this machine's clock is behind the one that wrote it.
        Instant now = times.now();
        Instant at = now.isAfter(base) ? now : base.plusMillis(1);
        try (PreparedStatement ps = c.prepareStatement("UPDATE idea SET title = ?, body = ?, status = ?,"
                + " updated_at = ? WHERE id = ? AND deleted_at IS NULL AND updated_at = ?")) {
            ps.setString(1, idea.title());
            ps.setString(2, idea.body() == null ? "" : idea.body());
            ps.setString(3, idea.status().key());
            ps.setString(4, Times.format(at));
            ps.setLong(5, idea.id());
            ps.setString(6, Times.format(base));
            if (ps.executeUpdate() == 0) {
                if (IdeaRows.load(c, List.of(idea.id()), false).isEmpty()) {
                    throw new IllegalArgumentException("No idea with id " + idea.id());
                }
                return Optional.empty();
            }
        }
        Idea written = retag(c, idea);
        return Optional.of(new WrittenEdit(written, version(c, written, change, Times.format(at))));
    }

    /** After an idea's row is written: its tags replaced, its search entry made again; the idea as stored. */
    static Idea retag(Connection c, Idea idea) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM idea_tag WHERE idea_id = ?")) {
            ps.setLong(1, idea.id());
            ps.executeUpdate();
        }
        try (TagWriter tags = new TagWriter(c)) {
            tags.link(idea.id(), idea.tags());
        }
        FtsIndex.reindex(c, idea.id());
        return IdeaRows.load(c, List.of(idea.id()), false).get(0);
    }

    private static IdeaVersion version(Connection c, Idea idea, VersionChange change, String at) throws SQLException {
        switch (change.op()) {
            case ADD -> {
                return SqlVersionStore.findIn(c, insert(c, idea, change.added(), at)).orElseThrow();
            }
            case AMEND -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE idea_version SET title = ?, body = ?,"
                        + " tags = ?, created_at = ? WHERE id = ?")) {
                    ps.setString(1, idea.title());
                    ps.setString(2, idea.body());
                    ps.setString(3, SqlVersionStore.joinTags(idea.tags()));
                    ps.setString(4, at);
                    ps.setLong(5, change.versionId());
                    if (ps.executeUpdate() == 0) {
                        throw new IllegalArgumentException("No version with id " + change.versionId());
                    }
                }
                return SqlVersionStore.findIn(c, change.versionId()).orElseThrow();
            }
            case REMOVE -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM idea_version WHERE id = ?")) {
                    ps.setLong(1, change.versionId());
                    ps.executeUpdate();
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A version of the idea as written; without a parent, its parent is the idea's newest version. */
    private static long insert(Connection c, Idea idea, NewVersion v, String at) throws SQLException {
        Long parent = v.parentId() != null ? v.parentId() : head(c, idea.id());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_version (idea_id, parent_id,"
                + " merged_from_id, kind, title, body, tags, made_by, by_model, instruction, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, idea.id());
            SqlValues.setLong(ps, 2, parent);
            SqlValues.setLong(ps, 3, v.mergedFromId());
            ps.setString(4, v.kind().key());
            ps.setString(5, idea.title());
            ps.setString(6, idea.body());
            ps.setString(7, SqlVersionStore.joinTags(idea.tags()));
            ps.setString(8, v.madeBy() == null ? "" : v.madeBy());
            ps.setInt(9, v.byModel() ? 1 : 0);
            ps.setString(10, v.instruction());
            ps.setString(11, at);
            return SqlValues.insertedId(ps);
        }
    }

    private static Long head(Connection c, long ideaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM idea_version WHERE idea_id = ? AND kind <> 'conflicted' ORDER BY id DESC LIMIT 1")) {
            ps.setLong(1, ideaId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
