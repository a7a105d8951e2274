package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 */
final class QuerySql {
    /** The lanes' order; must stay identical to the expression of index {@code idea_by_status}. */
    static final String STATUS_RANK =
            "(CASE status WHEN 'inbox' THEN 0 WHEN 'shortlist' THEN 1 WHEN 'parked' THEN 2 ELSE 3 END)";
    private final StringBuilder where = new StringBuilder("i.deleted_at IS NULL");
    private final List<Object> params = new ArrayList<>();
    private boolean empty;

    private QuerySql() {
    }

    /** Text and tags only (counts per status ignore the query's statuses). */
    static QuerySql filter(IdeaQuery q, boolean withStatuses) {
        QuerySql s = new QuerySql();
        String match = SearchText.match(q.text());
        if (!match.isEmpty()) {
            s.where.append(" AND i.id IN (SELECT rowid FROM idea_fts WHERE idea_fts MATCH ?)");
            s.params.add(match);
        } else if (!q.text().isBlank()) {
            s.empty = true;
        }
        for (String tag : q.tags()) {
            s.where.append(" AND i.id IN (SELECT it.idea_id FROM idea_tag it JOIN tag t ON t.id = it.tag_id"
                    + " WHERE t.name = ?)");
            s.params.add(tag.strip());
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
        return s;
    }

    /** True when the text holds only punctuation: nothing can match. */
    boolean matchesNothing() {
        return empty;
    }

    String where() {
        return where.toString();
    }

    static String orderBy(IdeaSort sort) {
        switch (sort) {
            case CREATED:
                return " ORDER BY i.created_at DESC, i.id DESC";
            case TITLE:
                return " ORDER BY i.title COLLATE NOCASE, i.id";
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
