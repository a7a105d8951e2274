package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Keeps {@code idea_fts} in step with live ideas; called inside the writing transaction. */
final class FtsIndex {
    static final String INSERT = "INSERT INTO idea_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)";

    private FtsIndex() {
    }

    static void bind(PreparedStatement ps, long id, String title, String body, List<String> tags) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, title);
        ps.setString(3, body);
        ps.setString(4, String.join(" ", tags));
    }

    static void remove(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM idea_fts WHERE rowid = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Rewrites the index row of idea {@code id} from the tables (nothing if it is deleted). */
    static void reindex(Connection c, long id) throws SQLException {
        remove(c, id);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_fts (rowid, title, body, tags)"
                + " SELECT i.id, i.title, i.body, coalesce((SELECT group_concat(t.name, ' ') FROM idea_tag it"
                + " JOIN tag t ON t.id = it.tag_id WHERE it.idea_id = i.id), '')"
                + " FROM idea i WHERE i.id = ? AND i.deleted_at IS NULL")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
