package org.offpiste.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.offpiste.project.ProjectFiles;

/** Names for a new project nobody named yet: Untitled.offpiste, Untitled 2.offpiste, … */
final class UntitledNames {
    static final String BASE = "Untitled";

    private UntitledNames() {
    }

    static Path next(Path folder) {
        Path candidate = folder.resolve(BASE + ProjectFiles.EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(BASE + " " + n + ProjectFiles.EXTENSION);
        }
        return candidate;
    }

    /** The project's name as shown: the file name without its extension. */
    static String displayName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION)
                ? name.substring(0, name.length() - ProjectFiles.EXTENSION.length())
                : name;
    }

    /** Adds the extension when the person typed a name without it. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(ProjectFiles.EXTENSION) ? file : file.resolveSibling(name + ProjectFiles.EXTENSION);
    }
}
