package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.offpiste.board.Idea;

/**
 * Keeps {@code idea_fts} in step with live ideas; called inside the writing transaction. In a
 * project file the row is FTS5's (title, body, tags); on PostgreSQL it is one folded document
 * ({@link SearchText#document}) made a {@code tsvector}.
 */
final class FtsIndex implements AutoCloseable {
    private final Dialect dialect;
    private final PreparedStatement insert;

    private FtsIndex(Dialect dialect, PreparedStatement insert) {
        this.dialect = dialect;
        this.insert = insert;
    }

    /** A writer of index rows, batched: {@link #add} queues, {@link #flush} writes. */
    static FtsIndex writer(Connection c) throws SQLException {
        Dialect d = Dialect.of(c);
        return new FtsIndex(d, c.prepareStatement(d.ftsInsert()));
    }

    void add(long id, String title, String body, List<String> tags) throws SQLException {
        insert.setLong(1, id);
        if (dialect == Dialect.SQLITE) {
            insert.setString(2, SearchText.indexable(title));
            insert.setString(3, SearchText.indexable(body));
            insert.setString(4, SearchText.indexable(String.join(" ", tags)));
        } else {
            insert.setString(2, SearchText.document(title, body, String.join(" ", tags)));
        }
        insert.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
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
            try (FtsIndex fts = writer(c)) {
                fts.add(i.id(), i.title(), i.body(), i.tags());
                fts.flush();
            }
        }
    }
}
