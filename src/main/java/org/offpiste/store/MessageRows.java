package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Mode;
import org.offpiste.sparring.Provenance;

/** Rows of table {@code message}: reading them into {@link Message}s, with the choice time beside. */
final class MessageRows {
    /** The parent key of a conversation's first messages. */
    static final long ROOT = -1;
    private static final String SELECT = "SELECT id, conversation_id, parent_id, role, text, status, created_at,"
            + " updated_at, chosen_at, provider, model, mode, technique, brief_version_id, idea_ids, prompt, failure"
            + " FROM message ";

    /** A message and when it was last chosen among its siblings. */
    record Row(Message message, String chosenAt) {
        long parentKey() {
            return message.parentId() == null ? ROOT : message.parentId();
        }
    }

    private MessageRows() {
    }

    static List<Row> list(Connection c, String where, long arg) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(message(rs), rs.getString("chosen_at")));
                }
            }
        }
        return out;
    }

    static long insert(Connection c, long conversationId, Long parentId, Message.Role role, String text,
                       MessageStatus status, String now, String chosenAt, Provenance p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (conversation_id, parent_id, role, text,"
                + " status, created_at, updated_at, chosen_at, provider, model, mode, technique, brief_version_id,"
                + " idea_ids, prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, conversationId);
            SqlValues.setLong(ps, 2, parentId);
            ps.setString(3, role.name().toLowerCase(Locale.ROOT));
            ps.setString(4, text);
            ps.setString(5, key(status));
            ps.setString(6, now);
            ps.setString(7, now);
            ps.setString(8, chosenAt);
            ps.setString(9, p == null ? null : p.provider());
            ps.setString(10, p == null ? null : p.model());
            ps.setString(11, p == null || p.mode() == null ? null : p.mode().id());
            ps.setString(12, p == null ? null : p.techniqueId());
            SqlValues.setLong(ps, 13, p == null ? null : p.briefVersionId());
            ps.setString(14, p == null ? "" : p.ideaIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
            ps.setString(15, p == null ? null : p.prompt());
            return SqlValues.insertedId(ps);
        }
    }

    static String key(MessageStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static Message message(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Message(rs.getLong("id"), rs.getLong("conversation_id"), parentId,
                Message.Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), rs.getString("text"),
                MessageStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")),
                provenance(rs), rs.getString("failure"));
    }

    /** Null when the row holds no mode (a message stored without provenance). */
    private static Provenance provenance(ResultSet rs) throws SQLException {
        String mode = rs.getString("mode");
        if (mode == null) {
            return null;
        }
        long version = rs.getLong("brief_version_id");
        Long briefVersionId = rs.wasNull() ? null : version;
        String ids = rs.getString("idea_ids");
        List<Long> ideaIds = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
        return new Provenance(nullToEmpty(rs.getString("provider")), nullToEmpty(rs.getString("model")),
                Mode.fromId(mode).orElse(null), rs.getString("technique"), briefVersionId, ideaIds,
                rs.getString("prompt"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
