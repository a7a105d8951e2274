package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.offpiste.novelty.Theme;
import org.offpiste.novelty.ThemeStore;

/**
 * The board's themes and their ideas (tables {@code theme} and {@code theme_member}). A theme is
 * read with its live ideas only; a theme none of whose ideas is live any more is not read.
 */
final class SqlThemeStore implements ThemeStore {
    private final Database db;
    private final Times times;

    SqlThemeStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Theme> themes() {
        return db.read(SqlThemeStore::read);
    }

    @Override
    public List<Theme> replace(List<Theme> themes) {
        return db.write(c -> {
            Database.execute(c, "DELETE FROM theme");
            String now = Times.format(times.now());
            try (PreparedStatement theme = c.prepareStatement("INSERT INTO theme (name, named_by, position, created_at)"
                    + " VALUES (?, ?, ?, ?) RETURNING id");
                 PreparedStatement member = c.prepareStatement("INSERT INTO theme_member (idea_id, theme_id)"
                         + " SELECT id, ? FROM idea WHERE id = ? ON CONFLICT (idea_id) DO UPDATE SET theme_id = excluded.theme_id")) {
                int position = 0;
                for (Theme t : themes) {
                    theme.setString(1, t.name());
                    theme.setString(2, t.namedBy().name().toLowerCase(Locale.ROOT));
                    theme.setInt(3, position++);
                    theme.setString(4, now);
                    long id = SqlValues.insertedId(theme);
                    for (long ideaId : t.ideaIds()) {
                        member.setLong(1, id);
                        member.setLong(2, ideaId);
                        member.addBatch();
                    }
                    member.executeBatch();
                }
            }
            return read(c);
        });
    }

    @Override
    public Theme rename(long themeId, String name) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE theme SET name = ?, named_by = 'person' WHERE id = ?")) {
                ps.setString(1, name);
                ps.setLong(2, themeId);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No theme " + themeId);
                }
            }
            return read(c).stream().filter(t -> t.id() == themeId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Theme " + themeId + " has no live idea"));
        });
    }

    private static List<Theme> read(Connection c) throws SQLException {
        Map<Long, String[]> heads = new LinkedHashMap<>();
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.name, t.named_by, m.idea_id FROM theme t"
                + " JOIN theme_member m ON m.theme_id = t.id"
                + " JOIN idea i ON i.id = m.idea_id AND i.deleted_at IS NULL"
                + " ORDER BY t.position, t.id, m.idea_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                heads.putIfAbsent(id, new String[] {rs.getString(2), rs.getString(3)});
                members.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getLong(4));
            }
        }
        List<Theme> out = new ArrayList<>();
        heads.forEach((id, head) -> out.add(new Theme(id, head[0],
                Theme.NamedBy.valueOf(head[1].toUpperCase(Locale.ROOT)), members.get(id))));
        return out;
    }
}
