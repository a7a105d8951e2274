package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.offpiste.board.IdeaOrigin;
import org.offpiste.board.NewIdea;
import org.offpiste.board.OriginStore;
import org.offpiste.board.VisualPrompt;
import org.offpiste.capture.Capture;
import org.offpiste.capture.CaptureStore;
import org.offpiste.ideation.ExtractedIdea;
import org.offpiste.ideation.ExtractedPrompt;
import org.offpiste.ideation.Generator;

/**
 * Captured items, the origins of model ideas and their image prompts. An item that becomes an
 * idea is added through {@link SqlIdeaStore#insert} (rows, tags, full-text index, first version)
 * in the same transaction as its origin and its capture row; a model's idea has its first version
 * marked as made by the model.
 */
final class SqlCaptureStore implements CaptureStore, OriginStore {
    private static final int BATCH = 500;
    private static final String CAPTURE_COLUMNS = "id, message_id, item_index, title, body, facet, idea_id,"
            + " duplicate_of, similarity";
    private final Database db;
    private final Times times;

    SqlCaptureStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Capture> captures(long messageId) {
        return captures(List.of(messageId)).getOrDefault(messageId, List.of());
    }

    @Override
    public Map<Long, List<Capture>> captures(Collection<Long> messageIds) {
        return db.read(c -> {
            Map<Long, List<Capture>> out = new LinkedHashMap<>();
            for (List<Long> chunk : SqlValues.chunks(messageIds, BATCH)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + CAPTURE_COLUMNS + " FROM capture"
                        + " WHERE message_id IN (" + SqlValues.marks(chunk.size()) + ") ORDER BY message_id, item_index < 0,"
                        + " CASE WHEN item_index < 0 THEN id ELSE item_index END")) {
                    SqlValues.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Capture k = capture(rs);
                            out.computeIfAbsent(k.messageId(), id -> new ArrayList<>()).add(k);
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Capture record(long messageId, ExtractedIdea item, NewIdea idea, IdeaOrigin origin, Long duplicateOf,
                          Double similarity) {
        return db.write(c -> {
            Optional<Capture> existing = find(c, messageId, item.index());
            if (existing.isPresent()) {
                return existing.get();
            }
            Long ideaId = null;
            if (idea != null) {
                ideaId = SqlIdeaStore.insert(c, times, List.of(idea)).get(0).id();
                if (origin != null) {
                    insertOrigin(c, origin.forIdea(ideaId));
                    if (!origin.byHand()) {
                        SqlVersionStore.madeByModel(c, ideaId);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO capture (message_id, item_index, title, body,"
                    + " facet, idea_id, duplicate_of, similarity, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, messageId);
                ps.setInt(2, item.index());
                ps.setString(3, item.title());
                ps.setString(4, item.body());
                ps.setString(5, item.facet());
                SqlValues.setLong(ps, 6, ideaId);
                SqlValues.setLong(ps, 7, idea == null ? duplicateOf : null);
                SqlValues.setDouble(ps, 8, similarity);
                ps.setString(9, Times.format(times.now()));
                ps.executeUpdate();
            }
            return find(c, messageId, item.index()).orElseThrow();
        });
    }

    private void insertOrigin(Connection c, IdeaOrigin o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_origin (idea_id, conversation_id, message_id,"
                + " mode, technique, facet, provider, model, brief_version_id, by_hand, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, o.ideaId());
            SqlValues.setLong(ps, 2, o.conversationId());
            SqlValues.setLong(ps, 3, o.messageId());
            ps.setString(4, o.mode());
            ps.setString(5, o.techniqueId());
            ps.setString(6, o.facet());
            ps.setString(7, o.provider());
            ps.setString(8, o.model());
            SqlValues.setLong(ps, 9, o.briefVersionId());
            ps.setInt(10, o.byHand() ? 1 : 0);
            ps.setString(11, Times.format(o.createdAt() == null ? times.now() : o.createdAt()));
            ps.executeUpdate();
        }
    }

    private static Optional<Capture> find(Connection c, long messageId, int index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CAPTURE_COLUMNS + " FROM capture"
                + " WHERE message_id = ? AND item_index = ?")) {
            ps.setLong(1, messageId);
            ps.setInt(2, index);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(capture(rs)) : Optional.empty();
            }
        }
    }

    /** Picked by hand: -1, -2…, below the streamed items' 0, 1…, so that neither takes the other's index. */
    @Override
    public int nextIndex(long messageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT coalesce(min(item_index) - 1, -1) FROM capture WHERE message_id = ? AND item_index < 0")) {
                ps.setLong(1, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public Map<Long, IdeaOrigin> origins(Collection<Long> ideaIds) {
        return db.read(c -> {
            Map<Long, IdeaOrigin> out = new HashMap<>();
            for (List<Long> chunk : SqlValues.chunks(ideaIds, BATCH)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT idea_id, conversation_id, message_id, mode,"
                        + " technique, facet, provider, model, brief_version_id, by_hand, created_at FROM idea_origin"
                        + " WHERE idea_id IN (" + SqlValues.marks(chunk.size()) + ")")) {
                    SqlValues.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            IdeaOrigin o = new IdeaOrigin(rs.getLong(1), SqlValues.getLong(rs, 2), SqlValues.getLong(rs, 3),
                                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    rs.getString(8), SqlValues.getLong(rs, 9), rs.getInt(10) == 1, Times.parse(rs.getString(11)));
                            out.put(o.ideaId(), o);
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<VisualPrompt> visualPrompts(long ideaId) {
        return db.read(c -> prompts(c, ideaId));
    }

    @Override
    public List<VisualPrompt> addVisualPrompts(long ideaId, Long messageId, List<ExtractedPrompt> prompts) {
        return db.write(c -> {
            Set<String> known = new HashSet<>();
            prompts(c, ideaId).forEach(k -> known.add(k.generator().id() + "\n" + k.prompt()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO visual_prompt (idea_id, generator, prompt,"
                    + " negative, message_id, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ExtractedPrompt p : prompts) {
                    if (!known.add(p.generator().id() + "\n" + p.prompt())) {
                        continue;
                    }
                    ps.setLong(1, ideaId);
                    ps.setString(2, p.generator().id());
                    ps.setString(3, p.prompt());
                    ps.setString(4, p.negative());
                    SqlValues.setLong(ps, 5, messageId);
                    ps.setString(6, Times.format(times.now()));
                    ps.executeUpdate();
                }
            }
            return prompts(c, ideaId);
        });
    }

    private static List<VisualPrompt> prompts(Connection c, long ideaId) throws SQLException {
        List<VisualPrompt> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, generator, prompt, negative, message_id, created_at"
                + " FROM visual_prompt WHERE idea_id = ? ORDER BY id")) {
            ps.setLong(1, ideaId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Generator g = Generator.fromId(rs.getString(2)).orElse(Generator.MIDJOURNEY);
                    out.add(new VisualPrompt(rs.getLong(1), ideaId, g, rs.getString(3), rs.getString(4),
                            SqlValues.getLong(rs, 5), Times.parse(rs.getString(6))));
                }
            }
        }
        return out;
    }

    private static Capture capture(ResultSet rs) throws SQLException {
        return new Capture(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), SqlValues.getLong(rs, 7), SqlValues.getLong(rs, 8), SqlValues.getDouble(rs, 9));
    }
}
