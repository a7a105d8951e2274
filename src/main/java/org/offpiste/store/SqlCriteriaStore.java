package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.offpiste.ranking.CriteriaStore;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.IdeaScore;

/**
 * Criteria (table {@code criterion}) and each rater's scores (table {@code rating}); the weighted
 * scores come from view {@code idea_score}, kept to live ideas.
 */
final class SqlCriteriaStore implements CriteriaStore {
    private static final String COLUMNS = "SELECT id, name, source, weight, position, active FROM criterion";
    private static final String SCORES = "SELECT idea_id, criterion_id, rater, score, rated_at FROM rating";
    private final Database db;
    private final Times times;

    SqlCriteriaStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Criterion> criteria() {
        return db.read(c -> readCriteria(c, COLUMNS + " ORDER BY position, id", null));
    }

    @Override
    public Criterion add(String name, CriterionSource source, double weight) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A criterion needs a name");
        }
        checkWeight(weight);
        return db.write(c -> {
            if (!readCriteria(c, COLUMNS + " WHERE " + db.dialect().sameText("name"), clean).isEmpty()) {
                throw new IllegalArgumentException("A criterion named \"" + clean + "\" exists already");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO criterion (name, source, weight, position,"
                    + " active, created_at) SELECT ?, ?, ?, COALESCE(MAX(position) + 1, 0), 1, ? FROM criterion RETURNING id")) {
                ps.setString(1, clean);
                ps.setString(2, source.key());
                ps.setDouble(3, weight);
                ps.setString(4, Times.format(times.now()));
                return byId(c, SqlValues.insertedId(ps));
            }
        });
    }

    @Override
    public Criterion update(Criterion criterion) {
        checkWeight(criterion.weight());
        String clean = criterion.name() == null ? "" : criterion.name().strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A criterion needs a name");
        }
        return db.write(c -> {
            try (PreparedStatement clash = c.prepareStatement(
                    "SELECT 1 FROM criterion WHERE " + db.dialect().sameText("name") + " AND id <> ?")) {
                clash.setString(1, clean);
                clash.setLong(2, criterion.id());
                try (ResultSet rs = clash.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("A criterion named \"" + clean + "\" exists already");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE criterion SET name = ?, weight = ?, position = ?, active = ? WHERE id = ?")) {
                ps.setString(1, clean);
                ps.setDouble(2, criterion.weight());
                ps.setInt(3, criterion.position());
                ps.setInt(4, criterion.active() ? 1 : 0);
                ps.setLong(5, criterion.id());
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No criterion " + criterion.id());
                }
            }
            return byId(c, criterion.id());
        });
    }

    @Override
    public void rate(long ideaId, long criterionId, String rater, int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A score is from 1 to 5, not " + score);
        }
        db.write(c -> {
            exists(c, "SELECT 1 FROM idea WHERE id = ? AND deleted_at IS NULL", ideaId, "No idea ");
            exists(c, "SELECT 1 FROM criterion WHERE id = ?", criterionId, "No criterion ");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating (idea_id, criterion_id,"
                    + " rater, score, rated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (idea_id, criterion_id, "
                    + db.dialect().caseBlindKey("rater") + ") DO UPDATE SET rater = excluded.rater,"
                    + " score = excluded.score, rated_at = excluded.rated_at")) {
                ps.setLong(1, ideaId);
                ps.setLong(2, criterionId);
                ps.setString(3, rater == null ? "" : rater.strip());
                ps.setInt(4, score);
                ps.setString(5, Times.format(times.now()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void unrate(long ideaId, long criterionId, String rater) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM rating WHERE idea_id = ? AND criterion_id = ? AND " + db.dialect().sameText("rater"))) {
                ps.setLong(1, ideaId);
                ps.setLong(2, criterionId);
                ps.setString(3, rater == null ? "" : rater.strip());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<CriterionScore> scores(long ideaId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SCORES
                    + " WHERE idea_id = ? ORDER BY criterion_id, " + db.dialect().caseBlind("rater"))) {
                ps.setLong(1, ideaId);
                return readScores(ps);
            }
        });
    }

    @Override
    public List<CriterionScore> allScores() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SCORES
                    + " ORDER BY idea_id, criterion_id, " + db.dialect().caseBlind("rater"))) {
                return readScores(ps);
            }
        });
    }

    @Override
    public Map<Long, IdeaScore> weightedScores() {
        return db.read(c -> {
            Map<Long, IdeaScore> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.idea_id, s.score, s.raters FROM idea_score s"
                    + " JOIN idea i ON i.id = s.idea_id WHERE i.deleted_at IS NULL ORDER BY s.idea_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new IdeaScore(rs.getLong(1), rs.getDouble(2), rs.getInt(3)));
                }
            }
            return out;
        });
    }

    private static void checkWeight(double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A weight is 0 or more, not " + weight);
        }
    }

    private static void exists(Connection c, String sql, long id, String missing) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(missing + id);
                }
            }
        }
    }

    private static Criterion byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE id = ?")) {
            ps.setLong(1, id);
            List<Criterion> found = readCriteria(ps);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No criterion " + id);
            }
            return found.get(0);
        }
    }

    private static List<Criterion> readCriteria(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            return readCriteria(ps);
        }
    }

    private static List<Criterion> readCriteria(PreparedStatement ps) throws SQLException {
        List<Criterion> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Criterion(rs.getLong(1), rs.getString(2), CriterionSource.fromKey(rs.getString(3)),
                        rs.getDouble(4), rs.getInt(5), rs.getInt(6) == 1));
            }
        }
        return out;
    }

    private static List<CriterionScore> readScores(PreparedStatement ps) throws SQLException {
        List<CriterionScore> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CriterionScore(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        Times.parse(rs.getString(5))));
            }
        }
        return out;
    }
}
