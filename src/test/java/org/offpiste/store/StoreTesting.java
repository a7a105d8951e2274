package org.offpiste.store;

import java.sql.ResultSet;
import java.sql.Statement;
import org.offpiste.project.Project;

/** Helpers for store tests: a look inside an open project. */
final class StoreTesting {
    private StoreTesting() {
    }

    static Database db(Project p) {
        return ((SqlProject) p).database();
    }

    /** The first column of the first row of {@code sql}, as text. */
    static String scalar(Project p, String sql) {
        return db(p).read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
