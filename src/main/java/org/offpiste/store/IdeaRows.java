package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.Tags;

/** Reads ideas by id, in one statement whatever the number of ids (a JSON array of ids). */
final class IdeaRows {
    private IdeaRows() {
    }

    /** The live ideas among {@code ids}, in the order of {@code ids}. */
    static List<Idea> load(Connection c, List<Long> ids, boolean includeDeleted) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String json = json(ids);
        String idList = Dialect.of(c).idList();
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT it.idea_id, t.name FROM idea_tag it"
                + " JOIN tag t ON t.id = it.tag_id WHERE it.idea_id IN (" + idList + ")")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, Idea> byId = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, body, status, author, created_at,"
                + " updated_at FROM idea WHERE id IN (" + idList + ")"
                + (includeDeleted ? "" : " AND deleted_at IS NULL"))) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    byId.put(id, new Idea(id, rs.getString(2), rs.getString(3),
                            Tags.normalise(tags.getOrDefault(id, List.of())), IdeaStatus.parse(rs.getString(4)),
                            rs.getString(5), Times.parse(rs.getString(6)), Times.parse(rs.getString(7))));
                }
            }
        }
        List<Idea> out = new ArrayList<>(byId.size());
        for (Long id : ids) {
            Idea i = byId.get(id);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /** The ids as a JSON array ({@code [1,2,3]}), bound to the mark of {@link Dialect#idList}. */
    static String json(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
