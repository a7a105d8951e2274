package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;

/**
 * The SQL of a board query over live ideas (alias {@code i}): full-text match, every tag,
 * statuses, and an order that the partial indexes of V1 answer without sorting.
 *
 * <p>When every filter matches many ideas, walking the sort index and keeping the matching ids
 * beats fetching each match's row and sorting; SQLite cannot know how many ideas a search
 * word matches, so the query probes (up to {@link #BROAD} matches) and then names the index.
 */
final class QuerySql {
    /** A filter matching more ideas than this is "broad". */
    static final int BROAD = 4000;
    /** The lanes' order; must stay identical to the expression of index {@code idea_by_status}. */
    static final String STATUS_RANK =
            "(CASE status WHEN 'inbox' THEN 0 WHEN 'shortlist' THEN 1 WHEN 'parked' THEN 2 ELSE 3 END)";
    private static final String MEASURED = "SELECT 1 FROM idea_novelty n WHERE n.baseline_distance IS NOT NULL";
    private final Dialect dialect;
    private final StringBuilder where = new StringBuilder("i.deleted_at IS NULL");
    private final List<Object> params = new ArrayList<>();
    private boolean empty;
    private boolean broad = true;

    private QuerySql(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The filter of {@code q}; without its statuses for counts per status. */
    static QuerySql filter(Connection c, IdeaQuery q, boolean withStatuses) throws SQLException {
        Dialect d = Dialect.of(c);
        QuerySql s = new QuerySql(d);
        String match = SearchText.match(d, q.text());
        if (!match.isEmpty()) {
            String fts = d.ftsMatch();
            s.where.append(" AND i.id IN (").append(fts).append(')');
            s.params.add(match);
            s.probe(c, fts, match);
        } else if (!q.text().isBlank()) {
            s.empty = true;
        }
        String tagged = "SELECT it.idea_id FROM idea_tag it JOIN tag t ON t.id = it.tag_id WHERE " + d.sameText("t.name");
        for (String tag : q.tags()) {
            s.where.append(" AND i.id IN (").append(tagged).append(')');
            s.params.add(tag.strip());
            s.probe(c, tagged, tag.strip());
        }
        if (withStatuses && !q.statuses().isEmpty() && !q.statuses().equals(EnumSet.allOf(IdeaStatus.class))) {
            s.where.append(" AND i.status IN (");
            String sep = "";
            for (IdeaStatus st : q.statuses()) {
                s.where.append(sep).append('?');
                s.params.add(st.key());
                sep = ", ";
            }
            s.where.append(')');
        }
        if (q.viewer() != null) { // silent workshop rounds: others' sealed ideas stay hidden until revealed
            s.where.append(" AND (i.sealed = 0 OR i.author = ?)");
            s.params.add(q.viewer());
        }
        return s;
    }

    private void probe(Connection c, String sql, String param) throws SQLException {
        if (c == null || !broad) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (" + sql + " LIMIT " + (BROAD + 1) + ") probe")) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                broad = rs.next() && rs.getInt(1) > BROAD;
            }
        }
    }

    /** True when the text holds only punctuation: nothing can match. */
    boolean matchesNothing() {
        return empty;
    }

    /** True when every filter matches many ideas (or there is none): walk an index in order. */
    boolean broad() {
        return broad;
    }

    String where() {
        return where.toString();
    }

    /**
     * {@code SELECT <columns> FROM idea i ... WHERE <filter>} answered from {@code sort}'s index when broad.
     * For NOVELTY, the ideas without a baseline distance (the second part of that order, newest
     * first); {@link #selectMeasured} gives the first part. For SCORE, every idea newest first:
     * the caller skips those {@link #selectScored} gave (the rated ones), so the view
     * {@code idea_score} is computed once per query.
     */
    String select(String columns, IdeaSort sort) {
        return "SELECT " + columns + " FROM idea i" + (broad ? dialect.indexedBy(index(sort)) : "") + " WHERE " + where()
                + (sort == IdeaSort.NOVELTY ? " AND NOT EXISTS (" + MEASURED + " AND n.idea_id = i.id)" : "");
    }

    /**
     * The first part of the SCORE order: the rated ideas, best weighted score first (view
     * {@code idea_score}); equal scores: more raters first, then the older idea (smaller id).
     */
    String selectScored(String columns) {
        return "SELECT " + columns + " FROM idea_score s JOIN idea i ON i.id = s.idea_id WHERE " + where()
                + " ORDER BY s.score DESC, s.raters DESC, i.id";
    }

    /**
     * The first part of the NOVELTY order: the ideas with a baseline distance, farthest first,
     * walking index {@code idea_by_novelty} when broad (equal distances: smaller id first).
     */
    String selectMeasured(String columns) {
        return "SELECT " + columns + " FROM idea_novelty n"
                + (broad ? dialect.indexedBy("idea_by_novelty") + dialect.crossJoin() : "")
                + " JOIN idea i ON i.id = n.idea_id WHERE n.baseline_distance IS NOT NULL AND " + where()
                + " ORDER BY n.baseline_distance DESC, n.idea_id";
    }

    static String index(IdeaSort sort) {
        switch (sort) {
            case CREATED:
                return "idea_by_created";
            case TITLE:
                return "idea_by_title";
            case STATUS:
                return "idea_by_status";
            case NOVELTY:
            case SCORE:
                return "idea_by_created";
            case UPDATED:
            default:
                return "idea_by_updated";
        }
    }

    /** The ORDER BY of {@code sort}, walking its index ({@link #index}). */
    String orderBy(IdeaSort sort) {
        switch (sort) {
            case CREATED:
            case NOVELTY:
            case SCORE:
                return " ORDER BY i.created_at DESC, i.id DESC";
            case TITLE:
                return " ORDER BY " + dialect.caseBlind("i.title") + ", i.id";
            case STATUS:
                return " ORDER BY " + STATUS_RANK.replace("status", "i.status") + ", i.updated_at DESC, i.id DESC";
            case UPDATED:
            default:
                return " ORDER BY i.updated_at DESC, i.id DESC";
        }
    }

    PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int k = 0; k < params.size(); k++) {
            ps.setObject(k + 1, params.get(k));
        }
        return ps;
    }
}
