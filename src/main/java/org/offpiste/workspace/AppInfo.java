package org.offpiste.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's version: the jar manifest's Implementation-Version, else the bundled version resource. */
final class AppInfo {
    private AppInfo() {
    }

    static String version() {
        String fromManifest = AppInfo.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "dev");
            }
        } catch (IOException e) {
            return "dev";
        }
        return "dev";
    }
}
