package org.offpiste.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the person's settings, logs and default projects live. {@code OFFPISTE_HOME} (or the
 * system property {@code offpiste.home}) puts everything under one folder: tests and portable use.
 */
public record AppDirs(Path config, Path logs, Path projects) {

    public static AppDirs fromEnvironment() {
        return from(System.getenv(), System.getProperty("offpiste.home"), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static AppDirs from(Map<String, String> env, String homeProperty, String osName, Path userHome) {
        String home = homeProperty != null ? homeProperty : env.get("OFFPISTE_HOME");
        if (home != null && !home.isBlank()) {
            Path h = Path.of(home);
            return new AppDirs(h.resolve("config"), h.resolve("logs"), h.resolve("projects"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path documents = userHome.resolve("Documents");
        Path projects = (documents.toFile().isDirectory() ? documents : userHome).resolve("Offpiste");
        if (os.contains("win")) {
            Path appData = Path.of(env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString()));
            return new AppDirs(appData.resolve("Offpiste"), local.resolve("Offpiste/logs"), projects);
        }
        if (os.contains("mac")) {
            return new AppDirs(userHome.resolve("Library/Application Support/Offpiste"),
                    userHome.resolve("Library/Logs/Offpiste"), projects);
        }
        Path xdgConfig = Path.of(env.getOrDefault("XDG_CONFIG_HOME", userHome.resolve(".config").toString()));
        Path xdgState = Path.of(env.getOrDefault("XDG_STATE_HOME", userHome.resolve(".local/state").toString()));
        return new AppDirs(xdgConfig.resolve("offpiste"), xdgState.resolve("offpiste"), projects);
    }
}
