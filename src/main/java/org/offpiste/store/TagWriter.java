package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offpiste.board.Tags;

/**
 * Links ideas to tags within one transaction, creating tags on first use. A tag keeps the
 * spelling it was first written with ("Ski" stays "Ski" when "ski" is added later).
 */
final class TagWriter implements AutoCloseable {
    private final Map<String, Tag> known = new HashMap<>();
    private final PreparedStatement find;
    private final PreparedStatement insert;
    private final PreparedStatement link;
    private int pending;

    private record Tag(long id, String name) {
    }

    TagWriter(Connection c) throws SQLException {
        find = c.prepareStatement("SELECT id, name FROM tag WHERE " + Dialect.of(c).sameText("name"));
        insert = c.prepareStatement("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING id");
        link = c.prepareStatement("INSERT INTO idea_tag (idea_id, tag_id) VALUES (?, ?)");
    }

    /** Queues links from idea {@code id} to {@code tags}; returns the tags as stored, normalised. */
    List<String> link(long id, List<String> tags) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String name : Tags.normalise(tags)) {
            Tag t = resolve(name);
            link.setLong(1, id);
            link.setLong(2, t.id());
            link.addBatch();
            pending++;
            names.add(t.name());
        }
        return Tags.normalise(names);
    }

    /** Writes the queued links (their ideas must be written first). */
    void flush() throws SQLException {
        if (pending > 0) {
            link.executeBatch();
            pending = 0;
        }
    }

    private Tag resolve(String name) throws SQLException {
        String key = name.toLowerCase(Locale.ROOT);
        Tag t = known.get(key);
        if (t != null) {
            return t;
        }
        t = find(name);
        if (t == null) {
            insert.setString(1, name);
            try (ResultSet rs = insert.executeQuery()) {
                // No row: another writer of the same board created the tag meanwhile (PostgreSQL).
                t = rs.next() ? new Tag(rs.getLong(1), name) : find(name);
            }
        }
        known.put(key, t);
        return t;
    }

    private Tag find(String name) throws SQLException {
        find.setString(1, name);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? new Tag(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    @Override
    public void close() throws SQLException {
        try (find; insert; link) {
            flush();
        }
    }
}
