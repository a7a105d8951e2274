package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.offpiste.board.Idea;

/** Keeps {@code idea_fts} in step with live ideas; called inside the writing transaction. */
final class FtsIndex {
    static final String INSERT = "INSERT INTO idea_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)";

    private FtsIndex() {
    }

    static void bind(PreparedStatement ps, long id, String title, String body, List<String> tags) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, SearchText.indexable(title));
        ps.setString(3, SearchText.indexable(body));
        ps.setString(4, SearchText.indexable(String.join(" ", tags)));
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
        List<Idea> live = IdeaRows.load(c, List.of(id), false);
        if (!live.isEmpty()) {
            Idea i = live.get(0);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bind(ps, i.id(), i.title(), i.body(), i.tags());
                ps.executeUpdate();
            }
        }
    }
}
