package org.offpiste.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The person's settings (not the project's): language, theme, name, recent projects, pane
 * layout. Kept in {@code settings.properties} in the config folder; every change is written
 * at once (atomically, through a temporary file). Never holds a secret.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private static final int MAX_RECENT = 10;
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path configDir) {
        this.file = configDir.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Settings unreadable, starting from defaults: " + file, e);
            }
        }
    }

    /** The folder of the settings file ({@link AppDirs#config()}): other per-person files go beside it. */
    public Path folder() {
        return file.getParent();
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        save();
    }

    /** Several settings in one write of the file (a null value removes its key). */
    public synchronized void putAll(Map<String, String> values) {
        values.forEach((key, value) -> {
            if (value == null) {
                props.remove(key);
            } else {
                props.setProperty(key, value);
            }
        });
        save();
    }

    public Locale language() {
        return get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault());
    }

    public void setLanguage(Locale locale) {
        put("language", locale.toLanguageTag());
    }

    /** "light" or "dark". */
    public String theme() {
        return get("theme").orElse("light");
    }

    public void setTheme(String theme) {
        put("theme", theme);
    }

    /** The name written as author of the ideas a person adds. */
    public String authorName() {
        return get("author").filter(s -> !s.isBlank()).orElse(System.getProperty("user.name", "me"));
    }

    public void setAuthorName(String name) {
        put("author", name);
    }

    public synchronized List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Moves {@code project} to the top of the recent list; it becomes the project reopened at start. */
    public synchronized void addRecent(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    public synchronized void removeRecent(Path project) {
        List<Path> list = new ArrayList<>(recentProjects());
        list.remove(project.toAbsolutePath().normalize());
        for (int i = 0; i < MAX_RECENT; i++) {
            props.remove("recent." + i);
        }
        for (int i = 0; i < list.size(); i++) {
            props.setProperty("recent." + i, list.get(i).toString());
        }
        save();
    }

    /** Team boards connected to, newest first, as URLs ({@code postgresql://user@host:port/db?sslmode=…}; never a password). */
    public synchronized List<String> recentBoards() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String url = props.getProperty("board." + i);
            if (url != null) {
                out.add(url);
            }
        }
        return out;
    }

    /** Moves the board at {@code url} to the top of the recent team boards. */
    public synchronized void addRecentBoard(String url) {
        List<String> list = new ArrayList<>(recentBoards());
        list.remove(url);
        list.add(0, url);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("board." + i, list.get(i));
            } else {
                props.remove("board." + i);
            }
        }
        save();
    }

    public Optional<Path> lastProject() {
        List<Path> recent = recentProjects();
        return recent.isEmpty() ? Optional.empty() : Optional.of(recent.get(0));
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "Offpiste settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write settings " + file, e);
        }
    }
}
