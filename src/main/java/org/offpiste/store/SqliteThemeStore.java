package org.offpiste.store;

import java.util.List;
import org.offpiste.novelty.Theme;
import org.offpiste.novelty.ThemeStore;

/** The board's themes and their ideas. */
final class SqliteThemeStore implements ThemeStore {
    private final Database db;
    private final Times times;

    SqliteThemeStore(Database db, Times times) {
        this.db = db;
        this.times = times;
    }

    @Override
    public List<Theme> themes() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<Theme> replace(List<Theme> themes) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public Theme rename(long themeId, String name) {
        throw new UnsupportedOperationException("not yet");
    }
}
