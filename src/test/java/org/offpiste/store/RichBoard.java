package org.offpiste.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.JDBC;

/**
 * A project file with a row in every table of the schema: the version 5 seed, plus embeddings,
 * novelty figures, a baseline's items, an idea merged into a younger one, and ids given out up
 * to 9 (ideas 5 to 9 were deleted for good). And a way to read every row of a table, to compare.
 */
final class RichBoard {
    /** The last idea id the rich board gave out. */
    static final long LAST_IDEA_ID = 9;

    private RichBoard() {
    }

    static Path create(Path file) throws SQLException {
        MigrationsTest.fileAtVersion(file, 5);
        try (Connection c = JDBC.createConnection(JDBC.PREFIX + file, new java.util.Properties());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO idea (id, title, body, status, author, created_at, updated_at, deleted_at,"
                    + " merged_into) VALUES (3, 'Lantern parade', 'Everyone carries one', 'inbox', 'Cleo',"
                    + " '2026-01-02T05:00:00.000Z', '2026-01-02T05:10:00.000Z', '2026-01-02T05:10:00.000Z', 4)");
            s.executeUpdate("INSERT INTO idea (id, title, body, status, author, created_at, updated_at) VALUES (4,"
                    + " 'Aurora lift', 'Lights, music and a parade of lanterns; l''été aussi 🎿\n2nd line', 'parked',"
                    + " 'Cleo', '2026-01-02T05:01:00.000Z', '2026-01-02T05:10:00.000Z')");
            s.executeUpdate("INSERT INTO idea_tag (idea_id, tag_id) VALUES (4, 1)");
            s.executeUpdate("INSERT INTO idea_version (id, idea_id, kind, title, body, tags, made_by, created_at)"
                    + " VALUES (5, 3, 'created', 'Lantern parade', 'Everyone carries one', '', 'Cleo',"
                    + " '2026-01-02T05:00:00.000Z')");
            s.executeUpdate("INSERT INTO idea_version (id, idea_id, kind, title, body, tags, made_by, created_at)"
                    + " VALUES (6, 4, 'created', 'Aurora lift', 'Lights', 'night', 'Cleo', '2026-01-02T05:01:00.000Z')");
            s.executeUpdate("INSERT INTO idea_version (id, idea_id, parent_id, merged_from_id, kind, title, body, tags,"
                    + " made_by, created_at) VALUES (7, 4, 6, 5, 'merged', 'Aurora lift',"
                    + " 'Lights, music and a parade of lanterns; l''été aussi 🎿\n2nd line', 'night', 'Cleo',"
                    + " '2026-01-02T05:10:00.000Z')");
            s.executeUpdate("INSERT INTO idea_embedding (idea_id, model, text_hash, vector)"
                    + " VALUES (1, 'all-minilm-l6-v2', 'h1', X'0000803F00000000CDCCCC3D')");
            s.executeUpdate("INSERT INTO idea_novelty (idea_id, baseline_distance, nearest_id, nearest_similarity,"
                    + " duplicate_of, computed_at) VALUES (1, 0.1, 2, 0.3333333333333333, NULL, '2026-01-02T04:10:00.000Z')");
            s.executeUpdate("INSERT INTO idea_novelty (idea_id, baseline_distance, nearest_id, nearest_similarity,"
                    + " duplicate_of, computed_at) VALUES (2, NULL, 1, 0.97, 1, '2026-01-02T04:10:00.000Z')");
            s.executeUpdate("INSERT INTO baseline_item (brief_version_id, item_index, title, body, model, vector)"
                    + " VALUES (1, 0, 'Discount night passes', '', 'all-minilm-l6-v2', X'CDCCCC3D0000803F')");
            s.executeUpdate("INSERT INTO idea_comment (id, idea_id, author, body, created_at)"
                    + " VALUES (2, 4, 'Ana', 'Merged: keep the parade', '2026-01-02T05:11:00.000Z')");
            s.executeUpdate("UPDATE sqlite_sequence SET seq = " + LAST_IDEA_ID + " WHERE name = 'idea'");
        }
        return file;
    }

    /** Every row of {@code table}, each as its columns by name, sorted: the same whatever the dialect or order. */
    static List<String> rows(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), text(rs.getObject(i)));
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return "int " + ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof Double) {
            return "real " + Double.parseDouble(value.toString());
        }
        if (value instanceof byte[] bytes) {
            return "bytes " + HexFormat.of().formatHex(bytes);
        }
        return value.getClass().getSimpleName() + " '" + value + "'";
    }
}
