package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.offpiste.board.CommentStore;
import org.offpiste.board.IdeaComment;

/** Comments in table {@code idea_comment}; an idea's comments take in those of the ideas merged into it. */
final class SqlCommentStore implements CommentStore {
    private static final String COLUMNS = "id, idea_id, author, body, created_at";
    /**
     * Each comment with the idea it now shows on: followed up {@code merged_into} from the idea it
     * was written on to an idea merged into no other.
     */
    private static final String COUNTS = "WITH RECURSIVE up(comment, idea) AS ("
            + " SELECT id, idea_id FROM idea_comment"
            + " UNION ALL SELECT up.comment, i.merged_into FROM up JOIN idea i ON i.id = up.idea"
            + " WHERE i.merged_into IS NOT NULL)"
            + " SELECT up.idea, count(*) FROM up JOIN idea i ON i.id = up.idea WHERE i.merged_into IS NULL"
            + " GROUP BY up.idea";
    private final Database db;
    private final Times times;

    SqlCommentStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public IdeaComment add(long ideaId, String author, String body) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_comment (idea_id, author, body,"
                    + " created_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, ideaId);
                ps.setString(2, author == null ? "" : author);
                ps.setString(3, body);
                ps.setString(4, Times.format(times.now()));
                return list(c, "SELECT " + COLUMNS + " FROM idea_comment WHERE id = ?", SqlValues.insertedId(ps)).get(0);
            }
        });
    }

    @Override
    public List<IdeaComment> comments(long ideaId) {
        return db.read(c -> list(c, SqlVersionStore.MERGED_IN + "SELECT " + COLUMNS + " FROM idea_comment"
                + " WHERE idea_id IN (SELECT id FROM family) ORDER BY created_at, id", ideaId));
    }

    @Override
    public Map<Long, Integer> counts() {
        return db.read(c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(COUNTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Override
    public void delete(long commentId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idea_comment WHERE id = ?")) {
                ps.setLong(1, commentId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<IdeaComment> list(Connection c, String sql, long id) throws SQLException {
        List<IdeaComment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IdeaComment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            Times.parse(rs.getString(5))));
                }
            }
        }
        return out;
    }
}
