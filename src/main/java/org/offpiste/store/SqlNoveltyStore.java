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
import org.offpiste.novelty.IdeaText;
import org.offpiste.novelty.Novelty;
import org.offpiste.novelty.NoveltyStore;
import org.offpiste.novelty.Vectors;

/**
 * Embeddings and novelty figures of ideas (tables {@code idea_embedding}, {@code idea_novelty}).
 * Rows of ideas removed from the file meanwhile are skipped, not refused.
 */
final class SqlNoveltyStore implements NoveltyStore {
    private static final int CHUNK = 500;
    private final Database db;
    private final Times times;

    SqlNoveltyStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<IdeaText> ideaTexts(String model) {
        return db.read(c -> {
            List<IdeaText> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.title, i.body, e.text_hash FROM idea i"
                    + " LEFT JOIN idea_embedding e ON e.idea_id = i.id AND e.model = ?"
                    + " WHERE i.deleted_at IS NULL ORDER BY i.id")) {
                ps.setString(1, model);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IdeaText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, float[]> vectors(String model) {
        return db.read(c -> {
            Map<Long, float[]> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.idea_id, e.vector FROM idea_embedding e"
                    + " JOIN idea i ON i.id = e.idea_id WHERE e.model = ? AND i.deleted_at IS NULL")) {
                ps.setString(1, model);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), Vectors.unpack(rs.getBytes(2)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveVectors(String model, Map<Long, float[]> vectors, Map<Long, String> textHashes) {
        if (vectors.isEmpty()) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_embedding (idea_id, model, text_hash, vector)"
                    + " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM idea WHERE id = ?) ON CONFLICT (idea_id) DO UPDATE"
                    + " SET model = excluded.model, text_hash = excluded.text_hash, vector = excluded.vector")) {
                for (Map.Entry<Long, float[]> e : vectors.entrySet()) {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, model);
                    ps.setString(3, textHashes.getOrDefault(e.getKey(), ""));
                    ps.setBytes(4, Vectors.pack(e.getValue()));
                    ps.setLong(5, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void saveNovelty(Collection<Novelty> figures) {
        if (figures.isEmpty()) {
            return;
        }
        String now = Times.format(times.now());
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idea_novelty (idea_id,"
                    + " baseline_distance, nearest_id, nearest_similarity, duplicate_of, computed_at)"
                    + " SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM idea WHERE id = ?) ON CONFLICT (idea_id)"
                    + " DO UPDATE SET baseline_distance = excluded.baseline_distance, nearest_id = excluded.nearest_id,"
                    + " nearest_similarity = excluded.nearest_similarity, duplicate_of = excluded.duplicate_of,"
                    + " computed_at = excluded.computed_at")) {
                for (Novelty n : figures) {
                    ps.setLong(1, n.ideaId());
                    SqlValues.setDouble(ps, 2, n.baselineDistance());
                    SqlValues.setLong(ps, 3, n.nearestId());
                    SqlValues.setDouble(ps, 4, n.nearestSimilarity());
                    SqlValues.setLong(ps, 5, n.duplicateOf());
                    ps.setString(6, now);
                    ps.setLong(7, n.ideaId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Map<Long, Novelty> novelty(Collection<Long> ideaIds) {
        return db.read(c -> {
            Map<Long, Novelty> out = new HashMap<>();
            for (List<Long> chunk : SqlValues.chunks(ideaIds, CHUNK)) {
                load(c, chunk, out);
            }
            return out;
        });
    }

    private static void load(Connection c, List<Long> ids, Map<Long, Novelty> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT idea_id, baseline_distance, nearest_id,"
                + " nearest_similarity, duplicate_of FROM idea_novelty WHERE idea_id IN ("
                + SqlValues.marks(ids.size()) + ")")) {
            SqlValues.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new Novelty(rs.getLong(1), SqlValues.getDouble(rs, 2), SqlValues.getLong(rs, 3),
                            SqlValues.getDouble(rs, 4), SqlValues.getLong(rs, 5)));
                }
            }
        }
    }
}
