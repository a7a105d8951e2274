package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.offpiste.sparring.Conversation;
import org.offpiste.sparring.ConversationStore;
import org.offpiste.sparring.Message;
import org.offpiste.sparring.MessageStatus;
import org.offpiste.sparring.Provenance;

/**
 * Conversations in tables {@code conversation} and {@code message} (a tree of messages; the
 * sibling with the latest {@code chosen_at} is the one shown), and the provider the project last
 * used in {@code project_setting}. Every call is one transaction through {@link Database}.
 */
final class SqlConversationStore implements ConversationStore {
    private static final String CONVERSATION = "SELECT id, title, created_at, updated_at FROM conversation ";
    private final Database db;
    private final Times times;

    SqlConversationStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    /** Most recently active first. */
    @Override
    public List<Conversation> conversations() {
        return db.read(c -> {
            List<Conversation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CONVERSATION + "ORDER BY updated_at DESC, id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(conversation(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Conversation> conversation(long id) {
        return db.read(c -> conversation(c, id));
    }

    @Override
    public Conversation createConversation(String title) {
        return db.write(c -> {
            String now = Times.format(times.now());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO conversation (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id")) {
                ps.setString(1, clean(title));
                ps.setString(2, now);
                ps.setString(3, now);
                return conversation(c, SqlValues.insertedId(ps)).orElseThrow();
            }
        });
    }

    @Override
    public Conversation rename(long id, String title) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE conversation SET title = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, clean(title));
                ps.setString(2, Times.format(times.now()));
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No conversation " + id);
                }
            }
            return conversation(c, id).orElseThrow();
        });
    }

    @Override
    public void deleteConversation(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM conversation WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Message> messages(long conversationId) {
        return db.read(c -> MessageRows.list(c, "WHERE conversation_id = ? ORDER BY id", conversationId))
                .stream().map(MessageRows.Row::message).toList();
    }

    @Override
    public Optional<Message> message(long id) {
        return db.read(c -> MessageRows.list(c, "WHERE id = ?", id)).stream().map(MessageRows.Row::message).findFirst();
    }

    @Override
    public List<Message> thread(long conversationId) {
        List<MessageRows.Row> rows = db.read(c -> MessageRows.list(c, "WHERE conversation_id = ? ORDER BY id",
                conversationId));
        Map<Long, MessageRows.Row> chosen = new HashMap<>();
        for (MessageRows.Row r : rows) {
            chosen.merge(r.parentKey(), r, (a, b) -> b.chosenAt().compareTo(a.chosenAt()) >= 0 ? b : a);
        }
        List<Message> out = new ArrayList<>();
        for (MessageRows.Row r = chosen.get(MessageRows.ROOT); r != null; r = chosen.get(r.message().id())) {
            out.add(r.message());
        }
        return out;
    }

    @Override
    public Message addMessage(long conversationId, Long parentId, Message.Role role, String text,
                              MessageStatus status, Provenance provenance) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        return db.write(c -> {
            Instant now = times.now();
            long id = MessageRows.insert(c, conversationId, parentId, role, text == null ? "" : text, status,
                    Times.format(now), Times.format(nextChoice(c, conversationId, now)), provenance);
            touch(c, conversationId, now);
            return MessageRows.list(c, "WHERE id = ?", id).get(0).message();
        });
    }

    @Override
    public void updateAnswer(long messageId, String text, MessageStatus status, String failure) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE message SET text = ?, status = ?, failure = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, text == null ? "" : text);
                ps.setString(2, MessageRows.key(status));
                ps.setString(3, failure);
                ps.setString(4, Times.format(times.now()));
                ps.setLong(5, messageId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No message " + messageId);
                }
            }
            return null;
        });
    }

    @Override
    public void choose(long messageId) {
        db.write(c -> {
            long conversationId = -1;
            try (PreparedStatement ps = c.prepareStatement("SELECT conversation_id FROM message WHERE id = ?")) {
                ps.setLong(1, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("No message " + messageId);
                    }
                    conversationId = rs.getLong(1);
                }
            }
            Instant at = nextChoice(c, conversationId, times.now());
            try (PreparedStatement ps = c.prepareStatement("UPDATE message SET chosen_at = ? WHERE id = ?")) {
                ps.setString(1, Times.format(at));
                ps.setLong(2, messageId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int recoverInterrupted() {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE message SET status = 'incomplete',"
                    + " failure = COALESCE(failure, 'OTHER') WHERE status = 'streaming'")) {
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String[]> lastProvider() {
        return db.read(c -> {
            Map<String, String> values = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key, value FROM project_setting WHERE key IN ('provider', 'model')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            String provider = values.get("provider");
            return provider == null ? Optional.empty()
                    : Optional.of(new String[] {provider, values.getOrDefault("model", "")});
        });
    }

    @Override
    public void rememberProvider(String providerId, String model) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO project_setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, "provider");
                ps.setString(2, Objects.requireNonNull(providerId, "providerId"));
                ps.addBatch();
                ps.setString(1, "model");
                ps.setString(2, model == null ? "" : model);
                ps.addBatch();
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<String> setting(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM project_setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void putSetting(String key, String value) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO project_setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, Objects.requireNonNull(key, "key"));
                ps.setString(2, value == null ? "" : value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A choice time later than every earlier choice in the conversation, so the order is strict. */
    private static Instant nextChoice(Connection c, long conversationId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(chosen_at) FROM message WHERE conversation_id = ?")) {
            ps.setLong(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
                Instant last = rs.next() ? Times.parse(rs.getString(1)) : null;
                return last != null && !now.isAfter(last) ? last.plusMillis(1) : now;
            }
        }
    }

    private static void touch(Connection c, long conversationId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE conversation SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, Times.format(now));
            ps.setLong(2, conversationId);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("No conversation " + conversationId);
            }
        }
    }

    private static Optional<Conversation> conversation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CONVERSATION + "WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(conversation(rs)) : Optional.empty();
            }
        }
    }

    private static Conversation conversation(ResultSet rs) throws SQLException {
        return new Conversation(rs.getLong("id"), rs.getString("title"), Times.parse(rs.getString("created_at")),
                Times.parse(rs.getString("updated_at")));
    }

    private static String clean(String title) {
        return title == null ? "" : title.strip();
    }
}
